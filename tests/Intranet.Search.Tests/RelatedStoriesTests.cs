using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Search;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Intranet.Search.Tests.SearchTestKit;

namespace Intranet.Search.Tests;

/// <summary>
/// Related stories come from MoreLikeThis over the demo corpus plus the test's stories: the same topic wins over a
/// shared value, and nothing unpublished, submitted or restricted to another unit is ever offered.
/// </summary>
public abstract class RelatedStoriesTests<THost>(THost host) : IClassFixture<THost> where THost : SearchHost
{
    private IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task A_story_on_the_same_topic_comes_before_one_that_only_shares_a_value()
    {
        var source = await StoryAsync("Bikuber på taket av omsorgssenteret",
            "Vi satte opp to bikuber på taket. Birøkteren lærte beboerne om biene, og honningen ble servert til frokost. Bikubene og honningen ble samtaletema hele sommeren.",
            ["tydelig"]);
        var sameTopic = await StoryAsync("Honning fra bikubene i barnehagen",
            "Barna fulgte biene i bikubene gjennom sommeren. Birøkteren viste hvordan honningen slynges, og honningen ble gave til foreldrene.",
            ["aerlig"]);
        var sharesValue = await StoryAsync("Ny vaktplan for brøytemannskapet",
            "Brøytemannskapet fikk en vaktplan som fordeler nattevaktene jevnere, og strøbilen kommer tidligere til skoleveiene.",
            ["tydelig"]);
        await WaitForAsync(host.Admin, "honningen", sameTopic.Id);
        await WaitForAsync(host.Admin, "brøytemannskapet", sharesValue.Id);

        var similar = await SimilarAsync(source.Id, DemoUsers.Nyansatt);
        Assert.Equal(sameTopic.Id, similar.First());
        Assert.DoesNotContain(source.Id, similar);
        if (similar.Contains(sharesValue.Id)) Assert.True(similar.IndexOf(sameTopic.Id) < similar.IndexOf(sharesValue.Id));

        // The story page shows the same order: the same-topic story first in "Relaterte historier".
        var related = RelatedSection(await (await Factory.SignedInClientAsync(DemoUsers.Nyansatt)).GetStringAsync(source.Url));
        var first = related.IndexOf(sameTopic.Url + "\"", StringComparison.Ordinal);
        Assert.True(first >= 0, related);
        Assert.Equal(first, related.IndexOf("<a href=", StringComparison.Ordinal) + "<a href=\"".Length);
    }

    [Fact]
    public async Task Unpublished_submitted_and_other_unit_stories_are_never_related()
    {
        const string topic = "Kajakkpadling med brukerne: padleturen, kajakken og padleårene";
        var source = await StoryAsync("Padletur i kajakk for brukerne", topic + " ble en fin dag i kajakk.", ["losningsvillig"]);
        var visible = await StoryAsync("Kajakken som ble kjøpt inn", topic + ". Padleturen gjentas.", ["aerlig"]);
        var draft = await StoryAsync("Utkast: kajakk og padletur", topic + ". Padleårene er nye.", ["aerlig"], ArticleStatus.Draft);
        var submitted = await StoryAsync("Innsendt: kajakk og padletur", topic + ". Kajakken er gul.", ["aerlig"], ArticleStatus.Submitted);
        var otherUnit = await RestrictedStoryAsync("Skolens kajakk og padletur", topic + ". Kajakken lånes ut.", "ringvik-skole");
        await WaitForAsync(host.Admin, "kajakken", otherUnit.Id);
        await WaitForAsync(host.Admin, "kajakken", submitted.Id);
        await WaitForAsync(host.Admin, "kajakken", draft.Id);
        await WaitForAsync(host.Admin, "kajakken", visible.Id);
        int[] hidden = [draft.Id, submitted.Id, otherUnit.Id];

        // The author (sees the draft and submitted story in search), their leader (sees the submitted one) and a colleague.
        foreach (var user in new[] { DemoUsers.Ansatt, DemoUsers.Enhetsleder, DemoUsers.Nyansatt })
        {
            var similar = await SimilarAsync(source.Id, user, count: 10);
            Assert.Contains(visible.Id, similar);
            Assert.Empty(similar.Intersect(hidden));
            var page = RelatedSection(await (await Factory.SignedInClientAsync(user)).GetStringAsync(source.Url));
            Assert.Contains(visible.Url + "\"", page);
            foreach (var id in hidden) Assert.DoesNotContain(await UrlOfAsync(id) + "\"", page);
        }
        // Not even a reader in the restricting unit gets unpublished ones; nor does the story's own id come back.
        Assert.DoesNotContain(draft.Id, await SimilarAsync(source.Id, DemoUsers.Admin, count: 10));
        Assert.DoesNotContain(source.Id, await SimilarAsync(source.Id, DemoUsers.Admin, count: 10));
    }

    [Fact]
    public async Task A_reader_who_may_not_read_the_article_gets_nothing_from_it()
    {
        var restricted = await RestrictedStoryAsync("Sjakkturnering på skolen", "Sjakkturneringen samlet elevene rundt sjakkbrettet.", "ringvik-skole");
        await StoryAsync("Sjakkbrettet i kantina", "Sjakkturneringen fortsatte ved sjakkbrettet i kantina.", ["aerlig"]);
        await WaitForAsync(host.Admin, "sjakkturneringen", restricted.Id);
        Assert.Empty(await SimilarAsync(restricted.Id, DemoUsers.Nyansatt));
        Assert.NotEmpty(await SimilarAsync(restricted.Id, DemoUsers.Admin));
    }

    private Task<Article> StoryAsync(string title, string body, IReadOnlyList<string> values, ArticleStatus status = ArticleStatus.Published,
        string author = DemoUsers.Ansatt) =>
        CreateAsync(Factory, title, body, status, author, ArticleKinds.Story, values: values);

    private async Task<Article> RestrictedStoryAsync(string title, string body, string unitSlug)
    {
        // Written by someone outside the unit: an author may always read their own story.
        var article = await StoryAsync(title, body, ["aerlig"], ArticleStatus.Draft, DemoUsers.Kommunedirektor);
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

    private async Task<List<int>> SimilarAsync(int articleId, string userName, int count = 3)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        var led = await db.UnitLeaders.Where(l => l.UserId == user.Id).Select(l => l.UnitId).ToListAsync();
        var reader = new ReaderContext(user.Id, true, userName == DemoUsers.Admin, led) { UnitId = user.UnitId };
        var similar = await scope.ServiceProvider.GetRequiredService<IRelatedArticles>().SimilarAsync(articleId, ArticleKinds.Story, reader, count);
        return [.. similar];
    }

    private async Task<string> UrlOfAsync(int id)
    {
        using var scope = Factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Articles.SingleAsync(a => a.Id == id)).Url;
    }

    /// <summary>The "Relaterte historier" section of a story page (empty when there is none).</summary>
    private static string RelatedSection(string html)
    {
        var start = html.IndexOf("id=\"related-heading\"", StringComparison.Ordinal);
        if (start < 0) return "";
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}

public sealed class RelatedStoriesTestsSqlite(SqliteSearchHost host) : RelatedStoriesTests<SqliteSearchHost>(host);

public sealed class RelatedStoriesTestsPostgres(PostgresSearchHost host) : RelatedStoriesTests<PostgresSearchHost>(host);
