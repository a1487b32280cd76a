using System.Net;
using Intranet.Accounts.Sessions;
using Intranet.Core.Caching;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Caching.Tests;

/// <summary>
/// The signed-in page cache answers before authentication, so it must never outlive what authentication would
/// have allowed: a page is kept only for its own session, and never past the moment the session's security stamp
/// is due for a check.
/// </summary>
public sealed class SignedInPageCacheTests
{
    [Fact]
    public async Task A_signed_in_repeat_view_is_answered_from_the_session_store_with_the_same_page()
    {
        using var factory = new IntranetFactory();
        var store = factory.Services.GetRequiredService<SignedInPageStore>();
        var page = await factory.ArticleAsync(ArticleKinds.Page, "Lest to ganger", ArticleStatus.Published);
        var ansatt = await factory.SignedInClientAsync(DemoUsers.Ansatt);

        var first = await ansatt.GetAsync(page.Url);
        var hitsBefore = store.Hits;
        var second = await ansatt.GetAsync(page.Url);

        Assert.False(first.FromCache());
        Assert.True(second.FromCache());
        Assert.Equal(hitsBefore + 1, store.Hits);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(first.Headers.GetValues("Content-Security-Policy"), second.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(first.Headers.CacheControl?.ToString(), second.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_signed_in_reader_still_gets_the_norwegian_404_page_through_the_cache()
    {
        using var factory = new IntranetFactory();
        var ansatt = await factory.SignedInClientAsync(DemoUsers.Ansatt);

        for (var i = 0; i < 2; i++)
        {
            var missing = await ansatt.GetAsync("/artikler/finnes-ikke-" + i);
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("Siden finnes ikke", await missing.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task No_page_is_kept_past_the_sessions_next_security_stamp_check()
    {
        using var factory = new IntranetFactory().With(SessionSettings.Key, "20");
        var store = factory.Services.GetRequiredService<SignedInPageStore>();
        var page = await factory.ArticleAsync(ArticleKinds.Page, "Kort levetid", ArticleStatus.Published);
        var ansatt = await factory.SignedInClientAsync(DemoUsers.Ansatt);
        var signedInBy = DateTimeOffset.UtcNow;

        await ansatt.GetAsync(page.Url);

        Assert.NotEmpty(store.Snapshot());
        Assert.All(store.Snapshot(), kept =>
        {
            Assert.True(kept.ServeUntil <= signedInBy + TimeSpan.FromSeconds(20), "a page may not outlive the stamp check");
            Assert.True(kept.ServeUntil <= kept.StoredAt + ReaderPageCache.SignedInDuration);
        });
    }

    [Fact]
    public async Task With_a_stamp_check_on_every_request_signed_in_pages_are_never_served_from_the_store()
    {
        using var factory = new IntranetFactory().With(SessionSettings.Key, "0");
        var store = factory.Services.GetRequiredService<SignedInPageStore>();
        var page = await factory.ArticleAsync(ArticleKinds.Page, "Alltid sjekket", ArticleStatus.Published);
        var ansatt = await factory.SignedInClientAsync(DemoUsers.Ansatt);

        for (var i = 0; i < 3; i++)
        {
            var response = await ansatt.GetAsync(page.Url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.FromCache());
        }
        Assert.Equal(0, store.Hits);
    }

    [Fact]
    public async Task A_session_ended_by_a_password_change_gets_no_cached_page_when_every_request_is_checked()
    {
        using var factory = new IntranetFactory().With(SessionSettings.Key, "0");
        var page = await factory.ArticleAsync(ArticleKinds.Page, "Etter passordbytte", ArticleStatus.Published);
        var old = await factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Contains("Etter passordbytte", await old.GetStringAsync(page.Url));

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<IntranetUser>>();
            var user = (await users.FindByNameAsync(DemoUsers.Ansatt))!;
            await users.UpdateSecurityStampAsync(user);
        }

        var after = await old.GetAsync(page.Url);
        Assert.NotEqual(HttpStatusCode.OK, after.StatusCode);
        Assert.DoesNotContain("Etter passordbytte", await after.Content.ReadAsStringAsync());
    }
}
