using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Intranet.Testing;
using Xunit;

namespace Intranet.Crash.Tests;

/// <summary>
/// SIGKILL in the middle of the two long-running writes, on the real host process: a bulk recipe import (one
/// transaction: all or nothing, and nothing committed before is lost) and a search rebuild (after a restart the
/// index matches the database). Progress is watched, never slept for.
/// </summary>
public sealed partial class CrashTests : IDisposable
{
    private const int LargeRecipe = 1000;
    // Generous: a loaded CI machine can take a minute or more to migrate and import the demo municipality.
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(180);
    private readonly CrashData _data = new();

    [Fact]
    public async Task Killed_recipe_import_leaves_all_or_nothing_and_loses_no_committed_article()
    {
        using (var first = HostProcess.Server(_data.Folder)) await first.HealthyClientAsync(Startup);
        var committed = await _data.ArticleIdsAsync();
        Assert.NotEmpty(committed);
        var recipe = _data.WriteLargeRecipe(LargeRecipe);

        using (var import = HostProcess.Cli(_data.Folder, ["recipe", "import", recipe], new Dictionary<string, string>
               { ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information" }))
        {
            // Kill once a few hundred articles are written inside the import's transaction.
            await import.WaitForOutputAsync(o => ArticleInserts().Count(o) >= 200, TimeSpan.FromSeconds(90), "200 artikler i importen");
            import.Crash();
            Assert.DoesNotContain("Importerte", import.Output);
        }

        using (var restarted = HostProcess.Server(_data.Folder)) await restarted.HealthyClientAsync(Startup);
        Assert.Equal("ok", await _data.IntegrityCheckAsync());
        Assert.Empty(await _data.ArticleIdsAsync(CrashData.Marker));
        var after = await _data.ArticleIdsAsync();
        Assert.Empty(committed.Except(after));

        // The same recipe imports whole afterwards: the crash left nothing half-done in the way.
        using var again = HostProcess.Cli(_data.Folder, ["recipe", "import", recipe]);
        Assert.True(await again.WaitForExitAsync(TimeSpan.FromSeconds(180)) == 0, again.Tail());
        Assert.Equal(LargeRecipe, (await _data.ArticleIdsAsync(CrashData.Marker)).Count);
        Assert.Empty(committed.Except(await _data.ArticleIdsAsync()));
    }

    [Fact]
    public async Task Killed_search_rebuild_leaves_an_index_that_matches_the_database_after_restart()
    {
        using (var import = HostProcess.Cli(_data.Folder, ["recipe", "import", _data.WriteLargeRecipe(LargeRecipe)]))
            Assert.True(await import.WaitForExitAsync(TimeSpan.FromSeconds(180)) == 0, import.Tail());
        int articles;
        // Small, paced pages keep the rebuild running for seconds, so the kill lands between pages, not after the swap.
        using (var host = HostProcess.Server(_data.Folder, new Dictionary<string, string>
               { ["Intranet__Search__Rebuild__PageSize"] = "50", ["Intranet__Search__Rebuild__PauseBetweenPages"] = "00:00:00.2" }))
        {
            var admin = await host.HealthyClientAsync(Startup);
            articles = (await _data.ArticleIdsAsync()).Count;
            await admin.SignInAsync("admin");
            await admin.WaitForStatusAsync(s => Lag(s) == 0 && Documents(s) == articles, TimeSpan.FromSeconds(60), "indeksen før gjenoppbyggingen");
            Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync("/api/admin/search/rebuild", null)).StatusCode);
            var midway = await admin.WaitForStatusAsync(
                s => s.GetProperty("rebuilding").GetBoolean() && s.GetProperty("rebuildDone").GetInt32() is > 0 and < 500,
                TimeSpan.FromSeconds(30), "gjenoppbygging underveis");
            host.Crash();
            Assert.True(midway.GetProperty("rebuildDone").GetInt32() < articles, $"drept midt i gjenoppbyggingen: {midway}");
        }

        using var restarted = HostProcess.Server(_data.Folder);
        var client = await restarted.HealthyClientAsync(Startup);
        await client.SignInAsync("admin");
        var status = await client.WaitForStatusAsync(s => Lag(s) == 0 && !s.GetProperty("rebuilding").GetBoolean(),
            TimeSpan.FromSeconds(60), "indeksen etter omstart");
        Assert.Equal(articles, Documents(status));
        var marked = (await _data.ArticleIdsAsync(CrashData.Marker)).Count;
        var search = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/search?q={CrashData.Marker}&pageSize=5");
        Assert.Equal(marked, search.GetProperty("total").GetInt32());
    }

    private static int Documents(System.Text.Json.JsonElement s) => s.GetProperty("documents").GetInt32();
    private static long Lag(System.Text.Json.JsonElement s) => s.GetProperty("lag").GetInt64();

    [GeneratedRegex("INSERT INTO \"Articles\"")]
    private static partial Regex ArticleInserts();

    public void Dispose() => _data.Dispose();
}
