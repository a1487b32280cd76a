using System.Net;
using Intranet.Core.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Xunit;
using static Intranet.Search.Tests.SearchTestKit;

namespace Intranet.Search.Tests;

/// <summary>Restarts, damage and rebuilds: the index always ends up matching the database.</summary>
public abstract class SearchLifecycleTests(DatabaseProvider provider) : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "intranett-tests", "search-" + Guid.NewGuid().ToString("N"));
    private readonly PostgresTestDatabase? _postgres = provider == DatabaseProvider.Postgres ? PostgresTestDatabase.Create() : null;

    private string? ConnectionString(string dataPath) => _postgres?.ConnectionString ?? $"Data Source={Path.Combine(dataPath, "intranett.db")}";

    private IntranetFactory Node(string? dataPath = null) =>
        IntranetFactory.OnExisting(provider, ConnectionString(_dataPath), dataPath ?? _dataPath);

    private string IndexRoot => Path.Combine(_dataPath, "index");

    [Fact]
    public async Task Restarted_node_catches_up_with_changes_made_while_it_was_down()
    {
        int removed;
        string generation;
        using (var first = Node())
        {
            var admin = await first.SignedInClientAsync(DemoUsers.Admin);
            removed = (await CreateAsync(first, "Gammel rutine for nøkler", "Nøkkelskapet flyttes.")).Id;
            await WaitForAsync(admin, "nøkkelskapet", removed);
            generation = File.ReadAllText(Path.Combine(IndexRoot, "current"));
        }
        int added;
        var otherPath = _dataPath + "-other";
        using (var other = Node(otherPath))
        {
            await other.SignedInClientAsync(DemoUsers.Admin);
            added = (await CreateAsync(other, "Ny rutine for nøkler", "Nøkkelskapet står nå i resepsjonen.")).Id;
            await DeleteAsync(other, removed);
        }
        using (var again = Node())
        {
            var admin = await again.SignedInClientAsync(DemoUsers.Admin);
            await WaitUntilAsync(admin, "nøkkelskapet", r => HitIds(r).SequenceEqual([added]), TimeSpan.FromSeconds(10));
            Assert.Equal(generation, File.ReadAllText(Path.Combine(IndexRoot, "current")));
        }
        TryDelete(otherPath);
    }

    [Fact]
    public async Task Damaged_index_is_rebuilt_at_start()
    {
        int id;
        using (var first = Node())
        {
            var admin = await first.SignedInClientAsync(DemoUsers.Admin);
            id = (await CreateAsync(first, "Brøytekart for vinteren", "Se brøytekartet før du kjører.")).Id;
            await WaitForAsync(admin, "brøytekartet", id);
        }
        foreach (var file in Directory.EnumerateFiles(IndexRoot, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("current")))
            File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        using var again = Node();
        var client = await again.SignedInClientAsync(DemoUsers.Admin);
        await WaitForAsync(client, "brøytekartet", id, TimeSpan.FromSeconds(15));
        var health = await again.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("search-index", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Index_with_older_fields_is_rebuilt_at_start()
    {
        int id;
        string generation;
        using (var first = Node())
        {
            var admin = await first.SignedInClientAsync(DemoUsers.Admin);
            id = (await CreateAsync(first, "Vintervedlikehold", "Strøsandkassene fylles opp før frosten.")).Id;
            await WaitForAsync(admin, "strøsandkassene", id);
            generation = File.ReadAllText(Path.Combine(IndexRoot, "current"));
        }
        MarkSchema(Path.Combine(IndexRoot, generation), "2");
        using var again = Node();
        var client = await again.SignedInClientAsync(DemoUsers.Admin);
        await WaitUntilAsync(client, "strøsandkassene", r => HitIds(r).Contains(id)
            && File.ReadAllText(Path.Combine(IndexRoot, "current")) != generation, TimeSpan.FromSeconds(15));
        var hit = (await SearchAsync(client, "strøsandkassene")).GetProperty("hits").EnumerateArray().First(h => h.GetProperty("id").GetInt32() == id);
        Assert.Contains("<mark>Strøsandkassene</mark>", hit.GetProperty("snippet").GetString());
    }

    /// <summary>Rewrites the last commit's schema marker, as an index written by an older version would have it.</summary>
    private static void MarkSchema(string folder, string schema)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(folder);
        var config = new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null) { OpenMode = Lucene.Net.Index.OpenMode.APPEND };
        using var writer = new Lucene.Net.Index.IndexWriter(directory, config);
        var data = new Dictionary<string, string>(Lucene.Net.Index.DirectoryReader.ListCommits(directory)[^1].UserData)
        {
            [Indexing.IndexHandle.SchemaKey] = schema,
        };
        writer.SetCommitData(data);
        writer.Commit();
    }

    [Fact]
    public async Task Rebuild_swaps_in_a_complete_index_while_search_keeps_working()
    {
        using var node = Node();
        var admin = await node.SignedInClientAsync(DemoUsers.Admin);
        var ids = new List<int>();
        for (var i = 0; i < 5; i++) ids.Add((await CreateAsync(node, $"Quokkaplanen del {i}", "Quokkaplanen er klar.")).Id);
        await WaitUntilAsync(admin, "quokkaplanen", r => r.GetProperty("total").GetInt32() == 5, TimeSpan.FromSeconds(10));
        var before = File.ReadAllText(Path.Combine(IndexRoot, "current"));

        // A cookie session must send the page's antiforgery token, as a script on /admin/sok would.
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/api/admin/search/rebuild", null)).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/search/rebuild");
        request.Headers.Add("X-CSRF-TOKEN", HttpClientExtensions.AntiforgeryToken(await admin.GetStringAsync("/admin/sok")));
        var start = await admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        await WaitUntilAsync(admin, "quokkaplanen", r => r.GetProperty("total").GetInt32() == 5
            && File.ReadAllText(Path.Combine(IndexRoot, "current")) != before, TimeSpan.FromSeconds(15));
        var status = "";
        for (var i = 0; i < 100 && !status.Contains("\"rebuilding\":false"); i++, await Task.Delay(50))
            status = await admin.GetStringAsync("/api/admin/search/status");
        Assert.Contains("\"rebuilding\":false", status);
        Assert.Contains("\"percent\":100", status);
        Assert.Single(Directory.GetDirectories(IndexRoot, "g-*"));
    }

    [Fact]
    public async Task Half_built_generation_from_a_killed_rebuild_is_discarded()
    {
        int id;
        using (var first = Node())
        {
            var admin = await first.SignedInClientAsync(DemoUsers.Admin);
            id = (await CreateAsync(first, "Julebord i rådhuset", "Julebordet holdes i rådhuset.")).Id;
            await WaitForAsync(admin, "julebordet", id);
        }
        var partial = Path.Combine(IndexRoot, "g-20000101000000000-half-built");
        Directory.CreateDirectory(partial);
        File.WriteAllBytes(Path.Combine(partial, "_0.cfs"), [9, 9, 9]);
        using var again = Node();
        var client = await again.SignedInClientAsync(DemoUsers.Admin);
        await WaitForAsync(client, "julebordet", id);
        Assert.False(Directory.Exists(partial));
    }

    private static void TryDelete(string path)
    {
        try { Directory.Delete(path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public void Dispose()
    {
        _postgres?.Dispose();
        TryDelete(_dataPath);
    }
}

public sealed class SearchLifecycleTestsSqlite() : SearchLifecycleTests(DatabaseProvider.Sqlite);

public sealed class SearchLifecycleTestsPostgres() : SearchLifecycleTests(DatabaseProvider.Postgres);

/// <summary>Two web nodes on one PostgreSQL database, each with its own index folder.</summary>
public sealed class MultiNodeSearchTests : IDisposable
{
    private readonly IntranetFactory _a = new(DatabaseProvider.Postgres);
    private readonly IntranetFactory _b;

    public MultiNodeSearchTests() => _b = IntranetFactory.OnExisting(DatabaseProvider.Postgres, _a.ConnectionString);

    [Fact]
    public async Task Published_on_one_node_is_found_on_the_other_and_unpublished_goes_away()
    {
        var onA = await _a.SignedInClientAsync(DemoUsers.Admin);
        var onB = await _b.SignedInClientAsync(DemoUsers.Nyansatt);
        Assert.NotEqual(_a.DataPath, _b.DataPath);
        var article = await CreateAsync(_a, "Strømbrudd på rådhuset", "Strømbruddet varer til klokka tolv.");
        await WaitForAsync(onA, "strømbruddet", article.Id, TimeSpan.FromSeconds(1));
        var found = await WaitForAsync(onB, "strømbruddet", article.Id, TimeSpan.FromSeconds(5));
        await SetStatusAsync(_a, article.Id, ArticleStatus.Archived);
        var gone = await WaitGoneAsync(onB, "strømbruddet", article.Id, TimeSpan.FromSeconds(5));
        Assert.True(found < TimeSpan.FromSeconds(5) && gone < TimeSpan.FromSeconds(5));
    }

    public void Dispose()
    {
        _b.Dispose();
        _a.Dispose();
    }
}
