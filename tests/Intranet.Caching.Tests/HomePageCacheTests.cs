using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Intranet.Core.Caching;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Insights.Models;
using Intranet.Testing;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Caching.Tests;

/// <summary>
/// The home page is output-cached per browser session (ReaderPageCache.PerSession). What the reader does
/// themselves shows on the very next home page — every successful unsafe request by a signed-in browser sets a new
/// page-version cookie, so the session's cached pages miss — and no reader ever gets another's cached home page.
/// </summary>
public sealed partial class HomePageCacheTests : IDisposable
{
    private readonly IntranetFactory _factory = new();

    [Fact]
    public async Task A_must_read_item_confirmed_by_the_reader_is_gone_from_the_very_next_home_page()
    {
        var item = await _factory.NewsAsync("Rutine som skal bekreftes", [], restricted: false, mustRead: true);
        var ansatt = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        await ansatt.GetAsync("/");
        var cached = await ansatt.GetAsync("/");
        Assert.True(cached.FromCache(), "the second home page of a session should come from the output cache");
        Assert.Contains("Rutine som skal bekreftes", HomePage.MustReadBlock(await cached.Content.ReadAsStringAsync()));

        var confirm = await ansatt.ConfirmAsync(item);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);

        var after = await ansatt.GetAsync("/");
        Assert.False(after.FromCache());
        Assert.DoesNotContain("Rutine som skal bekreftes", HomePage.MustReadBlock(await after.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_pulse_answer_removes_the_pulse_banner_from_the_very_next_home_page()
    {
        var ansatt = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        var survey = await WithDbAsync(db => db.Set<PulseSurvey>().Include(s => s.Questions).FirstAsync(s => s.Title == "Medarbeiderpuls"));
        var link = $"href=\"/puls/{survey.Id}\"";
        await ansatt.GetAsync("/");
        var cached = await ansatt.GetAsync("/");
        Assert.True(cached.FromCache());
        Assert.Contains(link, await cached.Content.ReadAsStringAsync());

        var fields = survey.Questions.ToDictionary(q => $"q{q.Id}", q => q.Scale == PulseScale.ZeroToTen ? "9" : "4");
        Assert.Equal(HttpStatusCode.Redirect, (await ansatt.PostFormAsync($"/puls/{survey.Id}", fields)).StatusCode);

        Assert.DoesNotContain(link, await ansatt.HomeAsync());
    }

    [Fact]
    public async Task A_checklist_tick_makes_the_next_home_page_fresh_and_the_new_hire_lands_on_welcome_once()
    {
        var nyansatt = await _factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var first = await nyansatt.GetAsync("/");
        Assert.Equal("/velkommen", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await nyansatt.GetAsync("/")).StatusCode);
        Assert.True((await nyansatt.GetAsync("/")).FromCache());

        var unit = await WithDbAsync(db => db.Units.SingleAsync(u => u.Slug == "hjemmetjenesten"));
        var item = await WithDbAsync(db => db.Set<ChecklistItem>().FirstAsync(i => i.UnitId == unit.Id));
        var tick = await nyansatt.PostFormAsync("/velkommen?handler=Checklist", new() { ["Ticked"] = item.Id.ToString() }, "/velkommen");
        Assert.Equal(HttpStatusCode.Redirect, tick.StatusCode);

        var after = await nyansatt.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.False(after.FromCache());
    }

    [Fact]
    public async Task Two_readers_never_get_each_others_cached_home_page()
    {
        var kari = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        var thomas = await _factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        await kari.GetAsync("/");
        var karis = await kari.GetAsync("/");
        Assert.True(karis.FromCache());
        var karisPage = await karis.Content.ReadAsStringAsync();
        var thomasFirst = await thomas.GetAsync("/");
        Assert.False(thomasFirst.FromCache(), "another session must not get Kari's cached home page");
        var thomasPage = await (await thomas.GetAsync("/")).Content.ReadAsStringAsync();

        Assert.Equal("Kari Solberg", UserName(karisPage));
        Assert.Equal("Thomas Lie", UserName(await thomasFirst.Content.ReadAsStringAsync()));
        Assert.Equal("Thomas Lie", UserName(thomasPage));
        Assert.NotEqual(HttpClientExtensions.AntiforgeryToken(karisPage), HttpClientExtensions.AntiforgeryToken(thomasPage));
    }

    [Fact]
    public async Task A_publish_shows_on_a_cached_home_page_at_once()
    {
        var ansatt = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        await ansatt.GetAsync("/");
        Assert.True((await ansatt.GetAsync("/")).FromCache());

        await _factory.NewsAsync("Publisert mens siden var bufret", [], restricted: false);

        var after = await ansatt.GetAsync("/");
        Assert.False(after.FromCache());
        Assert.Contains("Publisert mens siden var bufret", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bearer_requests_for_the_home_page_are_never_cached()
    {
        var token = await _factory.TokenClientAsync(DemoUsers.Ansatt);
        for (var i = 0; i < 3; i++)
        {
            var response = await token.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.FromCache());
        }
    }

    [Fact]
    public async Task Only_a_successful_unsafe_request_from_a_signed_in_browser_gets_a_new_page_version()
    {
        var ansatt = await _factory.SignedInClientAsync(DemoUsers.Ansatt);
        var confirm = await ansatt.ConfirmAsync(await _factory.NewsAsync("Les denne", [], restricted: false, mustRead: true));
        var cookie = Assert.Single(confirm.Headers.GetValues("Set-Cookie"), c => c.StartsWith(PageVersionCookie.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        // Refused without its antiforgery token: nothing changed, so no new version.
        var refused = await ansatt.PostAsync("/varsler?handler=Read", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(SetsVersion(refused));
        // Reads never change the version.
        Assert.False(SetsVersion(await ansatt.GetAsync("/")));
        // Bearer requests are never output-cached, so they need none.
        var token = await _factory.TokenClientAsync(DemoUsers.Ansatt);
        var submitted = await token.PostAsJsonAsync("/api/stories", new
        {
            title = "Historie via token", body = "Tekst.", values = new[] { "losningsvillig" }, audience = "internal", submit = true,
        });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.False(SetsVersion(submitted));
    }

    private static bool SetsVersion(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(PageVersionCookie.CookieName + "=", StringComparison.Ordinal));

    private static string UserName(string html) => WebUtility.HtmlDecode(UserNamePattern().Match(html).Groups[1].Value);

    private async Task<T> WithDbAsync<T>(Func<IntranetDbContext, Task<T>> query)
    {
        using var scope = _factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }

    [GeneratedRegex("<a class=\"user-name\" href=\"/profil\"[^>]*>([^<]*)</a>")]
    private static partial Regex UserNamePattern();

    public void Dispose() => _factory.Dispose();
}
