using System.Text.Json.Nodes;
using Intranet.Core.Recipes;
using Intranet.Testing;
using Xunit;

namespace Intranet.Recipes.Tests;

/// <summary>A bad recipe names the step and field, in Norwegian, and leaves the database as it was.</summary>
public abstract class BadRecipeTests(SharedIntranet host)
{
    private readonly IntranetFactory _factory = host.Factory;

    [Theory]
    [InlineData("article-unit", "articles", "articles[LAST].unit", "enheten «finnes-ikke» finnes ikke")]
    [InlineData("article-author", "articles", "articles[LAST].author", "brukeren «ukjent» finnes ikke")]
    [InlineData("article-value", "articles", "articles[LAST].values", "«rask» er ikke en av kommunens verdier")]
    [InlineData("article-language", "articles", "articles[LAST].language", "må være nb eller nn")]
    [InlineData("article-duplicate", "articles", "articles[LAST].slug", "står mer enn én gang")]
    [InlineData("article-kind", "articles", "articles[LAST].kind", "ikke en kjent innholdstype")]
    [InlineData("article-date", "articles", "articles[LAST].publishedAt", "ikke en gyldig dato")]
    [InlineData("user-role", "users", "users[0].roles", "«Sjef» er ikke en rolle")]
    [InlineData("user-unit", "users", "users[0].unit", "enheten «borte» finnes ikke")]
    [InlineData("user-leads", "users", "users[2].leads", "enheten «borte» finnes ikke")]
    [InlineData("unit-name", "units", "units[1].units[0].name", "mangler eller er ikke tekst")]
    [InlineData("unknown-step", "steps[STEPS]", "step", "«oppskrifter» er ikke et kjent steg")]
    [InlineData("setting-state", "settings", "values.state:media.usage-cursor", "er intern tilstand")]
    [InlineData("invalid-json", "(oppskrift)", "linje ", "er ikke gyldig JSON")]
    [InlineData("confirmation-not-must-read", "news", "news[0].confirmations", "bare for viktige saker")]
    [InlineData("confirmation-outside-audience", "news", "news[LASTNEWS].confirmations[0]", "ikke blant dem saken er til")]
    [InlineData("reaction-twice", "news", "news[0].reactions.takk", "«ansatt» står mer enn én gang")]
    [InlineData("applause-unknown", "stories", "stories[0].applause", "brukeren «ukjent» finnes ikke")]
    [InlineData("review-before-submit", "stories", "stories[0].reviews[0].daysBefore", "i tidsrekkefølge")]
    [InlineData("story-not-found", "stories", "stories[0].article", "historien «ny-turnusordning-i-hjemmetjenesten» finnes ikke")]
    public async Task A_bad_recipe_names_step_and_field_and_imports_nothing(string flaw, string step, string field, string message)
    {
        var before = await _factory.SnapshotAsync();
        var (json, lastArticle) = BadRecipe(flaw);

        var error = await Assert.ThrowsAsync<RecipeException>(() => _factory.ImportAsync(json));

        Assert.Equal(step.Replace("STEPS", JsonNode.Parse(RecipeDatabase.DemoJson)!["steps"]!.AsArray().Count.ToString()), error.Step);
        Assert.StartsWith(field.Replace("LASTNEWS", LastNews.ToString()).Replace("LAST", lastArticle.ToString()), error.Field);
        Assert.Contains(message, error.Message);
        Assert.StartsWith("Oppskriften feilet i steget", error.Message);
        Assert.Equal(before, await _factory.SnapshotAsync());
        Assert.False(await _factory.QueryAsync(db => Task.FromResult(db.Units.Any(u => u.Slug == "ny-enhet"))));
        Assert.Equal(0, await _factory.ImportAsync(RecipeDatabase.DemoJson));
    }

    /// <summary>
    /// The demo recipe with new things in every step (a setting, a unit, a user, a value, an article) and one
    /// flaw, so a partial import would show in the snapshot.
    /// </summary>
    private static (string Json, int LastArticle) BadRecipe(string flaw)
    {
        var root = JsonNode.Parse(RecipeDatabase.DemoJson)!;
        var steps = root["steps"]!.AsArray();
        steps[0]!["values"]!["site:name"] = "Endret kommune";
        steps[1]!["units"]![0]!["units"]!.AsArray().Add(new JsonObject { ["slug"] = "ny-enhet", ["name"] = "Ny enhet" });
        var users = steps[2]!["users"]!.AsArray();
        users.Add(new JsonObject { ["username"] = "nyperson", ["displayName"] = "Ny Person", ["unit"] = "ny-enhet", ["roles"] = new JsonArray("Ansatt") });
        steps[3]!["values"]!.AsArray().Add(new JsonObject { ["slug"] = "modig", ["name"] = "Modig" });
        var articles = steps[4]!["articles"]!.AsArray();
        articles.Add(new JsonObject { ["kind"] = "news", ["title"] = "En helt ny nyhet", ["body"] = "Tekst.", ["unit"] = "ny-enhet", ["author"] = "nyperson" });
        var bad = new JsonObject { ["kind"] = "news", ["slug"] = "feil-sak", ["title"] = "Feil sak", ["body"] = "Tekst." };
        switch (flaw)
        {
            case "article-unit": bad["unit"] = "finnes-ikke"; break;
            case "article-author": bad["author"] = "ukjent"; break;
            case "article-value": bad["values"] = new JsonArray("tydelig", "rask"); break;
            case "article-language": bad["language"] = "en"; break;
            case "article-duplicate": bad["slug"] = "ny-turnusordning-i-hjemmetjenesten"; break;
            case "article-kind": bad["kind"] = "blogg"; break;
            case "article-date": bad["publishedAt"] = "i går"; break;
            case "user-role": users[0]!["roles"] = new JsonArray("Ansatt", "Sjef"); break;
            case "user-unit": users[0]!["unit"] = "borte"; break;
            case "user-leads": users[2]!["leads"] = new JsonArray("hjemmetjenesten", "borte"); break;
            case "unit-name": steps[1]!["units"]![1]!["units"]![0]!["name"] = 42; break;
            case "setting-state": steps[0]!["values"]!["state:media.usage-cursor"] = "0"; break;
            case "unknown-step": steps.Add(new JsonObject { ["step"] = "oppskrifter" }); break;
            default: BadActivity(flaw, Step(steps, "stories"), Step(steps, "news")); break;
        }
        articles.Add(bad);
        var json = root.ToJsonString();
        if (flaw == "invalid-json") json = json[..(json.Length - 40)];
        return (json, articles.Count - 1);
    }

    /// <summary>Index of a must-read item in the demo's news step that is meant for hjemmetjenesten only.</summary>
    private static int LastNews => Step(JsonNode.Parse(RecipeDatabase.DemoJson)!["steps"]!.AsArray(), "news")["news"]!.AsArray().Count - 1;

    private static JsonNode Step(JsonArray steps, string name) => steps.First(s => (string?)s!["step"] == name)!;

    /// <summary>Flaws in the people's activity the stories and news steps seed (the demo's first entries are not must-read-free).</summary>
    private static void BadActivity(string flaw, JsonNode stories, JsonNode news)
    {
        var story = stories["stories"]![0]!;
        var item = news["news"]![0]!;
        var last = news["news"]!.AsArray()[^1]!;
        switch (flaw)
        {
            case "confirmation-not-must-read": item["confirmations"] = new JsonArray("ansatt"); break;
            case "confirmation-outside-audience": last["confirmations"]!.AsArray().Insert(0, JsonValue.Create("kommunedirektor")); break;
            case "reaction-twice": item["reactions"] = new JsonObject { ["liker"] = new JsonArray("ansatt"), ["takk"] = new JsonArray("ansatt") }; break;
            case "applause-unknown": story["applause"] = new JsonArray("ansatt", "ukjent"); break;
            case "review-before-submit": story["reviews"]![0]!["daysBefore"] = 30; break;
            case "story-not-found": story["article"] = "ny-turnusordning-i-hjemmetjenesten"; break;
        }
    }
}

public sealed class BadRecipeTestsSqlite(SqliteIntranet host) : BadRecipeTests(host), IClassFixture<SqliteIntranet>;

public sealed class BadRecipeTestsPostgres(PostgresIntranet host) : BadRecipeTests(host), IClassFixture<PostgresIntranet>;
