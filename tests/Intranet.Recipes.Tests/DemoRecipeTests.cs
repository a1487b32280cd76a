using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Recipes.Tests;

/// <summary>The demo municipality that Development imports on first start (the factory boots in Development).</summary>
public abstract class DemoRecipeTests(SharedIntranet host)
{
    private readonly IntranetFactory _factory = host.Factory;

    [Fact]
    public async Task Demo_recipe_has_every_kind_of_content_in_both_languages()
    {
        var articles = await _factory.QueryAsync(db => db.Articles.AsNoTracking().Include(a => a.Values).AsSplitQuery().ToListAsync());
        Assert.True(articles.Count >= 36, $"{articles.Count} articles");
        foreach (var kind in ArticleKinds.All) Assert.Contains(articles, a => a.Kind == kind);
        Assert.True(articles.Count(a => a.Kind == ArticleKinds.Story) >= 12);
        Assert.True(articles.Count(a => a.Kind == ArticleKinds.News) >= 10);
        Assert.True(articles.Count(a => a.Kind == ArticleKinds.Corner) >= 4);
        Assert.True(articles.Count(a => a.Kind == ArticleKinds.Welcome) >= 5);
        Assert.True(articles.Count(a => a.Language == "nn") >= 8);
        Assert.Contains(articles, a => a.Kind == ArticleKinds.Story && a.Audience == Audience.Public);
        Assert.All(articles, a => Assert.Equal(ArticleStatus.Published, a.Status));
        Assert.All(articles, a => Assert.True(a.PublishedAt < new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero)));
        Assert.All(articles, a => Assert.NotNull(a.AuthorId));
        Assert.Contains(articles, a => a.Kind == ArticleKinds.Value && a.Slug == "losningsvillig");
        Assert.Contains(articles, a => a.Kind == ArticleKinds.Story && a.Values.Any(v => v.ValueSlug == "losningsvillig"));
        Assert.Contains(articles, a => a.Kind == ArticleKinds.Corner && a.BodyMarkdown.Contains("kommunedirektøren"));
        Assert.Contains(articles, a => a.BodyHtml.Contains("<table>"));
    }

    [Fact]
    public async Task Demo_recipe_creates_units_values_and_the_six_users()
    {
        var units = await _factory.QueryAsync(db => db.Units.AsNoTracking().ToListAsync());
        var sectors = units.Where(u => u.ParentId == null).ToList();
        Assert.Equal(4, sectors.Count);
        Assert.True(units.Count(u => u.ParentId != null) >= 12);
        var home = units.Single(u => u.Slug == "hjemmetjenesten");
        Assert.Equal("helse-og-omsorg", units.Single(u => u.Id == home.ParentId).Slug);
        Assert.Contains(units, u => u.Slug == "kommunikasjon" && u.ParentId != null);

        var values = await _factory.QueryAsync(db => db.OrgValues.AsNoTracking().OrderBy(v => v.SortOrder).ToListAsync());
        Assert.Equal(["tydelig", "aerlig", "losningsvillig"], values.Select(v => v.Slug));
        Assert.All(values, v => Assert.False(string.IsNullOrEmpty(v.InPractice) || string.IsNullOrEmpty(v.Icon) || string.IsNullOrEmpty(v.NameNn)));

        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IntranetUser>>();
        Assert.Equal(DemoUsers.All.Order(), (await users.Users.Select(u => u.UserName!).ToListAsync()).Order());
        foreach (var name in DemoUsers.All)
            Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync(name))!, DemoUsers.Password), name);
        Assert.True(await users.IsInRoleAsync((await users.FindByNameAsync("nyansatt"))!, Roles.Nyansatt));
        Assert.True(await users.IsInRoleAsync((await users.FindByNameAsync("kommunedirektor"))!, Roles.Kommunedirektor));
        Assert.True(await users.IsInRoleAsync((await users.FindByNameAsync("admin"))!, Roles.Administrator));
        var leader = (await users.FindByNameAsync("enhetsleder"))!;
        Assert.True(await _factory.QueryAsync(db => db.UnitLeaders.AnyAsync(l => l.UserId == leader.Id && l.UnitId == home.Id)));
        foreach (var name in new[] { "ansatt", "nyansatt", "enhetsleder" })
            Assert.Equal(home.Id, (await users.FindByNameAsync(name))!.UnitId);
        var newcomer = (await users.FindByNameAsync("nyansatt"))!;
        Assert.InRange(newcomer.StartDate!.Value, new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 24));
        Assert.Contains(await users.Users.Select(u => u.Culture).ToListAsync(), c => c == "nn");
    }

    [Fact]
    public async Task Demo_recipe_seeds_review_history_and_readers_activity_dated_from_publication()
    {
        var now = DateTimeOffset.UtcNow;
        var stories = await _factory.QueryAsync(db => db.Articles.AsNoTracking().Where(a => a.Kind == ArticleKinds.Story).ToListAsync());
        var reviews = (await _factory.QueryAsync(db => db.Set<Stories.Models.StoryReview>().AsNoTracking().ToListAsync())).ToLookup(r => r.ArticleId);
        Assert.All(stories, story =>
        {
            var history = reviews[story.Id].OrderBy(r => r.At).ToList();
            Assert.True(history.Count >= 2, story.Slug);
            Assert.Equal(("submit", story.AuthorId), (history[0].Decision, history[0].ReviewerId));
            Assert.Equal(("approve", story.PublishedAt), (history[^1].Decision, (DateTimeOffset?)history[^1].At));
            Assert.InRange((story.PublishedAt!.Value - history[0].At).TotalDays, 1, 14);
        });
        Assert.Contains(reviews.SelectMany(r => r), r => r.Decision == "request-changes" && r.Comment.Length > 0);

        var storyComments = await _factory.QueryAsync(db => db.Set<Stories.Models.StoryComment>().AsNoTracking()
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { c.CreatedAt, a.PublishedAt, c.AuthorId, a.Slug }).ToListAsync());
        var newsComments = await _factory.QueryAsync(db => db.Set<News.Models.NewsComment>().AsNoTracking()
            .Join(db.Articles, c => c.ArticleId, a => a.Id, (c, a) => new { c.CreatedAt, a.PublishedAt, AuthorId = (string?)c.UserId, a.Slug }).ToListAsync());
        Assert.True(storyComments.Count >= 8 && newsComments.Count >= 10, $"{storyComments.Count} + {newsComments.Count} comments");
        Assert.All(storyComments.Concat(newsComments), c => Assert.True(c.CreatedAt >= c.PublishedAt && c.CreatedAt <= now && c.AuthorId is not null, c.Slug));

        var mustRead = await _factory.QueryAsync(db => db.Set<News.Models.NewsItem>().Where(n => n.MustRead).Select(n => n.ArticleId).ToListAsync());
        var confirmations = await _factory.QueryAsync(db => db.Set<News.Models.ReadConfirmation>().AsNoTracking().ToListAsync());
        Assert.True(mustRead.Count >= 5, $"{mustRead.Count} must-read items");
        Assert.All(confirmations, c => Assert.Contains(c.ArticleId, mustRead));
        Assert.All(mustRead, id => Assert.Contains(confirmations, c => c.ArticleId == id));
        // One reaction per person and item, as the recipe format promises.
        var reactions = await _factory.QueryAsync(db => db.Set<News.Models.NewsReaction>().AsNoTracking().ToListAsync());
        Assert.Equal(reactions.Count, reactions.Select(r => (r.ArticleId, r.UserId)).Distinct().Count());
    }

    [Fact]
    public async Task Importing_the_demo_recipe_again_changes_nothing()
    {
        var before = await _factory.SnapshotAsync();
        var facts = await _factory.ArticleFactsAsync();
        Assert.Equal(0, await _factory.ImportAsync(RecipeDatabase.DemoJson));
        Assert.Equal(before, await _factory.SnapshotAsync());
        Assert.Equal(facts, await _factory.ArticleFactsAsync());
    }

    [Fact]
    public async Task Demo_users_sign_in()
    {
        var client = await _factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var home = await client.GetAsync("/");
        // A new hire is sent on to the welcome page once per sign-in (Welcome module); either page shows the session.
        var html = home.StatusCode == System.Net.HttpStatusCode.Redirect
            ? await client.GetStringAsync(home.Headers.Location!)
            : await home.Content.ReadAsStringAsync();
        Assert.Contains("Logg ut", html);
    }
}

public sealed class DemoRecipeTestsSqlite(SqliteIntranet host) : DemoRecipeTests(host), IClassFixture<SqliteIntranet>;

public sealed class DemoRecipeTestsPostgres(PostgresIntranet host) : DemoRecipeTests(host), IClassFixture<PostgresIntranet>;
