using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Intranet.Search.Tests.SearchTestKit;

namespace Intranet.Search.Tests;

/// <summary>Nothing a reader may not read leaks through hits, totals or facet counts; changes show within a second.</summary>
public abstract class SearchPermissionTests<THost>(THost host) : IClassFixture<THost> where THost : SearchHost
{
    private IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task Unpublished_and_submitted_stories_are_invisible_to_other_employees()
    {
        var word = "sjiraffbingo";
        var draft = await CreateAsync(Factory, "Utkast om " + word, $"Min {word}-historie.", ArticleStatus.Draft, DemoUsers.Ansatt, ArticleKinds.Story);
        var submitted = await CreateAsync(Factory, "Innsendt om " + word, $"Vår {word}-dag.", ArticleStatus.Submitted, DemoUsers.Ansatt, ArticleKinds.Story);
        await WaitForAsync(host.Admin, word, submitted.Id);

        var colleague = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var seen = await SearchAsync(colleague, word);
        Assert.Equal(0, seen.GetProperty("total").GetInt32());
        Assert.Empty(HitIds(seen));
        Assert.Equal(0, FacetCount(seen, "kind", "story"));
        Assert.Equal(0, FacetCount(seen, "unit", "hjemmetjenesten"));
        Assert.DoesNotContain(word, (await colleague.GetStringAsync("/api/search/suggest?q=Innsendt")));

        var anonymous = await SearchAsync(Factory.CreateClient(), word);
        Assert.Equal(0, anonymous.GetProperty("total").GetInt32());

        var author = await SearchAsync(await Factory.SignedInClientAsync(DemoUsers.Ansatt), word);
        Assert.Equal(new[] { draft.Id, submitted.Id }.Order(), HitIds(author).Order());

        var leader = await SearchAsync(await Factory.SignedInClientAsync(DemoUsers.Enhetsleder), word);
        Assert.Equal([submitted.Id], HitIds(leader));
    }

    [Fact]
    public async Task Published_article_is_found_within_a_second_and_gone_after_unpublish_and_delete()
    {
        var reader = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var article = await CreateAsync(Factory, "Ny parkeringsordning", "Alle får parkeringsoblat fra mandag.", ArticleStatus.Draft);
        await SetStatusAsync(Factory, article.Id, ArticleStatus.Published);
        var elapsed = await WaitForAsync(reader, "parkeringsoblat", article.Id, TimeSpan.FromSeconds(1));
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"took {elapsed}");

        await SetStatusAsync(Factory, article.Id, ArticleStatus.Archived);
        await WaitGoneAsync(reader, "parkeringsoblat", article.Id, TimeSpan.FromSeconds(1));

        await SetStatusAsync(Factory, article.Id, ArticleStatus.Published);
        await WaitForAsync(reader, "parkeringsoblat", article.Id, TimeSpan.FromSeconds(1));
        await DeleteAsync(Factory, article.Id);
        await WaitGoneAsync(host.Admin, "parkeringsoblat", article.Id, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task News_restricted_to_units_is_found_only_by_readers_in_or_leading_them()
    {
        var word = "flamingoplan";
        var ours = await CreateRestrictedAsync("Hjemmetjenesten: " + word, "hjemmetjenesten");
        var school = await CreateRestrictedAsync("Skolen: " + word, "ringvik-skole");
        await WaitForAsync(host.Admin, word, school.Id);

        Assert.Equal([ours.Id], HitIds(await SearchAsync(await Factory.SignedInClientAsync(DemoUsers.Nyansatt), word)));
        Assert.Equal([ours.Id], HitIds(await SearchAsync(await Factory.SignedInClientAsync(DemoUsers.Enhetsleder), word)));
        var outsider = await SearchAsync(await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor), word);
        Assert.DoesNotContain(school.Id, HitIds(outsider));
        Assert.DoesNotContain(ours.Id, HitIds(outsider));
        Assert.Equal(0, (await SearchAsync(Factory.CreateClient(), word)).GetProperty("total").GetInt32());
    }

    /// <summary>A draft gets its reader units first, then is published, so the index sees the restriction at once.</summary>
    private async Task<Article> CreateRestrictedAsync(string title, string unitSlug)
    {
        var article = await CreateAsync(Factory, title, title + " gjelder bare enheten.", ArticleStatus.Draft);
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
            var unitId = await db.Units.Where(u => u.Slug == unitSlug).Select(u => u.Id).SingleAsync();
            db.ArticleReaderUnits.Add(new ArticleReaderUnit { ArticleId = article.Id, UnitId = unitId });
            await db.SaveChangesAsync();
        }
        await SetStatusAsync(Factory, article.Id, ArticleStatus.Published);
        return article;
    }

    [Fact]
    public async Task Public_stories_only_are_found_by_anonymous_readers()
    {
        var open = await CreateAsync(Factory, "Åpen historie om pelikaner", "Pelikanfest i parken.", kind: ArticleKinds.Story, audience: Audience.Public);
        var closed = await CreateAsync(Factory, "Intern historie om pelikaner", "Pelikanfest i kantina.", kind: ArticleKinds.Story);
        await WaitForAsync(host.Admin, "pelikanfest", closed.Id);
        var anonymous = await SearchAsync(Factory.CreateClient(), "pelikanfest");
        Assert.Equal([open.Id], HitIds(anonymous));
        Assert.Equal(1, anonymous.GetProperty("total").GetInt32());
    }
}

public sealed class SearchPermissionTestsSqlite(SqliteSearchHost host) : SearchPermissionTests<SqliteSearchHost>(host);

public sealed class SearchPermissionTestsPostgres(PostgresSearchHost host) : SearchPermissionTests<PostgresSearchHost>(host);
