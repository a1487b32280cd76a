using System.Text.Json.Nodes;
using Intranet.Testing;
using Intranet.Web.Data;
using Xunit;

namespace Intranet.Recipes.Tests;

/// <summary>`recipe export` from one installation, `recipe import` into an empty one: the same articles.</summary>
public abstract class RoundTripTests(DatabaseProvider provider) : IDisposable
{
    private readonly IntranetFactory _source = new(provider);
    private readonly IntranetFactory _target = new IntranetFactory(provider).With("Intranet:SkipDemoRecipe", "true");

    [Fact]
    public async Task Export_then_import_into_an_empty_database_gives_the_same_articles()
    {
        var exported = await _source.ExportAsync();
        Assert.DoesNotContain("\"state:", exported);
        Assert.Equal("0", await _target.QueryAsync(async db => (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Articles)).ToString()));

        Assert.True(await _target.ImportAsync(exported) > 0);

        var expected = await _source.ArticleFactsAsync();
        Assert.True(expected.Count >= 36);
        Assert.Equal(expected, await _target.ArticleFactsAsync());
        Assert.Equal(0, await _target.ImportAsync(exported));
        Assert.Equal(Normalized(exported), Normalized(await _target.ExportAsync()));
    }

    [Fact]
    public async Task The_empty_production_recipe_sets_settings_and_roles_only()
    {
        Assert.True(await _target.ImportAsync(RecipeDatabase.EmptyJson, isDevelopment: false) > 0);
        var snapshot = await _target.SnapshotAsync();
        Assert.Contains("articles=0", snapshot);
        Assert.Contains("users=0", snapshot);
        Assert.Contains("roles=6", snapshot);
        Assert.Equal(0, await _target.ImportAsync(RecipeDatabase.EmptyJson, isDevelopment: false));
    }

    [Fact]
    public async Task Demo_users_are_not_created_outside_development()
    {
        Assert.True(await _target.ImportAsync(RecipeDatabase.DemoJson, isDevelopment: false) > 0);
        var snapshot = await _target.SnapshotAsync();
        Assert.Contains("users=0", snapshot);
        var articles = await _target.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Articles));
        Assert.True(articles.Count >= 36);
        Assert.All(articles, a => Assert.Null(a.AuthorId));
        Assert.Contains(articles, a => a.AuthorName == "Kari Solberg");
        // Readers' activity goes with the demo users; review history keeps the reviewers' names, like bylines.
        foreach (var none in new[] { "applause=0", "storyComments=0", "newsReactions=0", "newsComments=0", "confirmations=0" })
            Assert.Contains(none, snapshot);
        Assert.Contains(await _target.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Set<Stories.Models.StoryReview>())),
            r => r.ReviewerId is null && r.ReviewerName == "Marit Haugland");
        Assert.Equal(0, await _target.ImportAsync(RecipeDatabase.DemoJson, isDevelopment: false));
    }

    /// <summary>The export's name differs; everything else must match byte for byte.</summary>
    private static string Normalized(string json)
    {
        var node = JsonNode.Parse(json)!;
        node["name"] = "x";
        return node.ToJsonString();
    }

    public void Dispose()
    {
        _source.Dispose();
        _target.Dispose();
    }
}

public sealed class RoundTripTestsSqlite() : RoundTripTests(DatabaseProvider.Sqlite);

public sealed class RoundTripTestsPostgres() : RoundTripTests(DatabaseProvider.Postgres);
