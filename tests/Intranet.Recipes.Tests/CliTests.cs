using System.Text.Json.Nodes;
using Intranet.Testing;
using Intranet.Web.Data;
using Intranet.Web.Hosting;
using Xunit;

namespace Intranet.Recipes.Tests;

/// <summary>`recipe import` and `recipe export` through the real Program, as separate processes.</summary>
public abstract class CliTests(DatabaseProvider provider) : IDisposable
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("intranett-cli-").FullName;
    private readonly PostgresTestDatabase? _postgres = provider == DatabaseProvider.Postgres ? PostgresTestDatabase.Create() : null;

    private Dictionary<string, string> Environment(string environment = "Development")
    {
        var env = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = environment,
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["Intranet__DataPath"] = _dataPath,
            ["Intranet__Database__Provider"] = provider.ToString(),
        };
        if (_postgres is not null) env["ConnectionStrings__Intranet"] = _postgres.ConnectionString;
        return env;
    }

    [Fact]
    public async Task Import_twice_then_export_writes_the_demo_content()
    {
        var first = await CliProcess.RunAsync(Environment(), "recipe", "import", RecipeFiles.Demo);
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Matches(@"Importerte .*: [1-9]\d* endringer\.", first.Output);

        var second = await CliProcess.RunAsync(Environment(), "recipe", "import", RecipeFiles.Demo);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains(": 0 endringer.", second.Output);

        var file = Path.Combine(_dataPath, "eksport.recipe.json");
        var export = await CliProcess.RunAsync(Environment("Production"), "recipe", "export", file);
        Assert.True(export.ExitCode == 0, export.Output);
        var steps = JsonNode.Parse(await File.ReadAllTextAsync(file))!["steps"]!.AsArray();
        var articles = steps.Single(s => (string?)s!["step"] == "articles")!["articles"]!.AsArray();
        Assert.True(articles.Count >= 36);
        Assert.Equal(6, steps.Single(s => (string?)s!["step"] == "users")!["users"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_bad_recipe_file_exits_with_a_norwegian_message_and_imports_nothing()
    {
        var file = Path.Combine(_dataPath, "feil.recipe.json");
        await File.WriteAllTextAsync(file, """
            { "steps": [
              { "step": "units", "units": [ { "slug": "ny-sektor", "name": "Ny sektor" } ] },
              { "step": "articles", "articles": [ { "kind": "news", "title": "Sak", "unit": "finnes-ikke" } ] }
            ] }
            """);
        var result = await CliProcess.RunAsync(Environment(), "recipe", "import", file);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Oppskriften feilet i steget «articles», feltet «articles[0].unit»", result.Output);
        Assert.Contains("Ingenting ble importert.", result.Output);

        var exported = Path.Combine(_dataPath, "etter.recipe.json");
        Assert.Equal(0, (await CliProcess.RunAsync(Environment(), "recipe", "export", exported)).ExitCode);
        Assert.DoesNotContain("ny-sektor", await File.ReadAllTextAsync(exported));
    }

    [Fact]
    public async Task Unknown_file_and_missing_argument_print_usage()
    {
        var missing = await CliProcess.RunAsync(Environment(), "recipe", "import", Path.Combine(_dataPath, "finnes-ikke.json"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("Fant ikke filen", missing.Output);
        var noFile = await CliProcess.RunAsync(Environment(), "recipe", "export");
        Assert.Equal(2, noFile.ExitCode);
        Assert.Contains("Bruk: recipe export", noFile.Output);
    }

    public void Dispose()
    {
        _postgres?.Dispose();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public sealed class CliTestsSqlite() : CliTests(DatabaseProvider.Sqlite);

public sealed class CliTestsPostgres() : CliTests(DatabaseProvider.Postgres);
