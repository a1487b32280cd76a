using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Intranet.Core.Cluster;
using Intranet.Core.Data;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;
using Xunit.Abstractions;

namespace Intranet.Cluster.Tests;

/// <summary>
/// Two real hosts on one PostgreSQL database behind Debian's nginx as a round-robin balancer: node A is the built
/// Intranet.Web.dll in its own OS process (so it can be SIGKILLed), node B runs in this process. Both run the real
/// newsletter digest job with a one-second period. Every request below goes through nginx unless it says which
/// node it asks directly.
/// </summary>
public sealed partial class TwoNodeClusterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Title = "Klyngehistorie fra hjemmetjenesten";
    private const string Job = "newsletter.digest";
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(4);
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();
    private readonly string _keyEncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly string _nodeAData = Directory.CreateTempSubdirectory("intranett-node-a-").FullName;
    private readonly CookieContainer _cookies = new();
    private HostProcess _nodeA = null!;
    private LiveIntranet _nodeB = null!;
    private NginxBalancer _nginx = null!;
    private NodeRecorder _recorder = null!;
    private HttpClient _client = null!;

    private Dictionary<string, string?> NodeSettings(string nodeId) => new()
    {
        ["Intranet:NodeId"] = nodeId,
        ["Intranet:DataProtection:KeyEncryptionKey"] = _keyEncryptionKey,
        ["Intranet:Cluster:ChangePollInterval"] = "00:00:00.500",
        [$"Intranet:Jobs:{Job}:Period"] = "00:00:01",
        [$"Intranet:Jobs:{Job}:LeaseDuration"] = Lease.ToString(),
        [$"Intranet:Jobs:{Job}:CheckInterval"] = "00:00:00.200",
    };

    /// <summary>Node A starts alone (it migrates, imports the demo and takes the job's lease), then node B joins.</summary>
    public async Task InitializeAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        // As systemd's EnvironmentFile would pass them: newsletter.digest spelled newsletter_digest.
        var environment = NodeSettings("node-a").ToDictionary(
            s => s.Key.Replace(Job, JobSchedule.EnvironmentName(Job)).Replace(":", "__"), s => s.Value!);
        _nodeA = HostProcess.PostgresServer(_nodeAData, _database.ConnectionString, environment);
        (await _nodeA.HealthyClientAsync(TimeSpan.FromSeconds(180))).Dispose();
        await WaitUntilAsync(async () => await LeaseHolderAsync() == "node-a", TimeSpan.FromSeconds(10), "node A never took the job's lease");
        output.WriteLine($"node A (process {_nodeA.ProcessId}) healthy and holding the lease after {started.Elapsed.TotalSeconds:F1} s");
        _nodeB = new LiveIntranet(_database.ConnectionString, f =>
        {
            foreach (var (key, value) in NodeSettings("node-b")) f.With(key, value);
        });
        output.WriteLine($"node B serving after {started.Elapsed.TotalSeconds:F1} s");
        _nginx = new NginxBalancer(_nodeA.BaseUrl!, _nodeB.BaseUrl);
        _recorder = new NodeRecorder(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false });
        _client = new HttpClient(_recorder) { BaseAddress = new Uri(_nginx.BaseUrl) };
    }

    [Fact]
    public async Task Two_nodes_behind_nginx_share_sessions_media_content_caches_run_jobs_once_and_survive_a_kill()
    {
        await SignInAsync(_client, DemoUsers.Ansatt);
        var image = await UploadImageAsync();
        var storyId = await SubmitStoryAsync(image);
        using var reviewer = await TokenClientAsync(DemoUsers.Kommunikasjon);
        await PublishThroughNodeAWhileNodeBHasTheHomePageCachedAsync(reviewer, storyId);
        var articleUrl = await ReadBackThroughBothNodesAsync(storyId, image);
        await AssertCornerAttachmentServedByBothNodesAsync();
        AssertAlternatingWithoutErrors();

        await AssertPublishedStoryOnEveryNodeAsync(storyId, articleUrl, image.Url);
        await AssertKeyRingIsSharedAndEncryptedAsync();
        await AssertJobRanOncePerPeriodAsync();
        await KillNodeAWhileServingAsync(articleUrl, image.Url);
    }

    /// <summary>The login form comes from one node and is posted to the other: antiforgery works across nodes.</summary>
    private async Task SignInAsync(HttpClient client, string username)
    {
        var response = await client.PostFormAsync("/logg-inn", new() { ["UserName"] = username, ["Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var answers = _recorder.Answers.ToArray();
        Assert.NotEqual(answers[^2].Node, answers[^1].Node);
    }

    /// <summary>Another person's client through nginx: own cookies, the same record of which node answered.</summary>
    private HttpClient BalancedClient(CookieContainer? cookies = null) =>
        new(new NodeRecorder(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }, _recorder.Answers))
        {
            BaseAddress = new Uri(_nginx.BaseUrl),
        };

    private void AssertAlternatingWithoutErrors()
    {
        var answers = _recorder.Answers.ToArray();
        Assert.True(answers.Length >= 8, $"only {answers.Length} requests");
        Assert.All(answers, a => Assert.True(a.Status < 400, $"{a.Path} gave {a.Status} on {a.Node}"));
        Assert.Equal(["node-a", "node-b"], answers.Select(a => a.Node).Distinct().Order());
        for (var i = 1; i < answers.Length; i++)
            Assert.True(answers[i].Node != answers[i - 1].Node, $"requests {i - 1} and {i} both went to {answers[i].Node}");
    }

    private async Task AssertKeyRingIsSharedAndEncryptedAsync()
    {
        var keys = await WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        var key = Assert.Single(keys);
        Assert.Contains("<encryptedKey", key);
        Assert.DoesNotContain("<masterKey", key);
    }

    /// <summary>
    /// Both nodes have run the digest job's loop since node B joined; each one-second period has exactly one run, the
    /// first by node A, which held the lease. Later runs may be node B's: on a machine loaded enough that A misses its
    /// renewal for a whole lease, B rightly takes over — what must never happen is two runs of one period.
    /// </summary>
    private async Task AssertJobRanOncePerPeriodAsync()
    {
        await WaitUntilAsync(async () => (await JobRunsAsync()).Count >= 3, TimeSpan.FromSeconds(4), "fewer than 3 runs");
        var runs = await JobRunsAsync();
        Assert.Equal(runs.Count, runs.Select(r => r.Slot).Distinct().Count());
        Assert.Equal("node-a", runs[0].Node);
    }

    private Task<List<ClusterJobRun>> JobRunsAsync() =>
        WithDbAsync(db => db.ClusterJobRuns.AsNoTracking().Where(r => r.Job == Job).OrderBy(r => r.Id).ToListAsync());

    private Task<T> WithDbAsync<T>(Func<IntranetDbContext, Task<T>> query) => WithDbAsync(_nodeB, query);

    private static async Task<T> WithDbAsync<T>(LiveIntranet node, Func<IntranetDbContext, Task<T>> query)
    {
        using var scope = node.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }

    /// <summary>Straight from the database, before node B (and its services) exists.</summary>
    private async Task<string?> LeaseHolderAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Holder" FROM "ClusterLeases" WHERE "Name" = @name""", connection);
        command.Parameters.AddWithValue("name", Job);
        return await command.ExecuteScalarAsync() as string;
    }

    private HttpClient DirectClient(string baseUrl, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? _cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail(failure);
            await Task.Delay(50);
        }
    }

    public Task DisposeAsync()
    {
        _client?.Dispose();
        _nginx?.Dispose();
        _nodeA?.Dispose();
        _nodeB?.Dispose();
        _database.Dispose();
        try { Directory.Delete(_nodeAData, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }
}
