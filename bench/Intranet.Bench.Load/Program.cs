using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Bench.Load;
using Microsoft.Data.Sqlite;

// Load benchmark against the real host (Release, its own process, loopback) next to a Kestrel hello-world.
//   dotnet build -c Release src/Intranet.Web && dotnet build -c Release bench/Intranet.Bench.HelloWorld
//   dotnet run -c Release --project bench/Intranet.Bench.Load -- [--count 100000] [--seconds 15] [--workers 16]
//       [--mixed-seconds 60] [--mixed-users 50] [--hot 200]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = Options.Parse(args);
var root = Options.RepositoryRoot();
var webDll = Path.Combine(root, "src/Intranet.Web/bin/Release/net10.0/Intranet.Web.dll");
var helloDll = Path.Combine(root, "bench/Intranet.Bench.HelloWorld/bin/Release/net10.0/Intranet.Bench.HelloWorld.dll");
var data = Path.Combine(Path.GetTempPath(), "intranett-load", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(data);
var hostEnvironment = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Development", ["Intranet__DataPath"] = data, ["Intranet__Database__Provider"] = "Sqlite",
};
Report.Machine("before");

// 1. Migrate and import the demo municipality, then bulk-insert the corpus while the host is down.
using (var first = ChildProcess.Start(webDll, hostEnvironment)) await first.WaitHealthyAsync("/health", TimeSpan.FromMinutes(3));
var insert = Stopwatch.StartNew();
await Corpus.InsertAsync(Path.Combine(data, "intranett.db"), options.Count);
Console.WriteLine($"Inserted {options.Count} articles in {insert.Elapsed.TotalSeconds:F1} s");

using var host = ChildProcess.Start(webDll, hostEnvironment);
await host.WaitHealthyAsync("/health", TimeSpan.FromMinutes(3));
using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 1000 })
    { BaseAddress = new Uri(host.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
var admin = await Sessions.BearerAsync(http, "admin");
var indexing = Stopwatch.StartNew();
JsonElement status;
while (true)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/search/status");
    request.Headers.Authorization = admin;
    status = await (await http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
    if (status.GetProperty("lag").GetInt64() == 0 && !status.GetProperty("rebuilding").GetBoolean()) break;
    await Task.Delay(1000);
}
Console.WriteLine($"Index caught up in {indexing.Elapsed.TotalSeconds:F0} s: {status}");
Console.WriteLine($"Host RSS with the corpus indexed: {host.RssMb():F0} MB (peak {host.PeakRssMb():F0} MB)");
using var rss = new RssSampler(host.Pid);

using var hello = ChildProcess.Start(helloDll, new Dictionary<string, string>());
await hello.WaitHealthyAsync("/", TimeSpan.FromMinutes(1));
using var helloHttp = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = 1000 }) { BaseAddress = new Uri(hello.BaseUrl) };

string[] readers = ["ansatt", "nyansatt", "enhetsleder", "kommunikasjon", "kommunedirektor", "admin"];
var cookies = new List<BrowserSession>();
foreach (var user in readers) cookies.Add(new BrowserSession(await Sessions.CookieAsync(http, user, $"/sider/{Corpus.Slug(options.Count)}")));
var targets = new Targets(http, cookies, "/historier/kveldsbesok-pa-brukerens-premisser", options.Count, options.Hot);

var scenarios = new (string Name, Func<int, Random, CancellationToken, Task<string?>> Request)[]
{
    ("hello-world (Kestrel, same machine)", (_, _, ct) => LoadRun.GetAsync(helloHttp, "/", null, ct)),
    ("public story page, anonymous", (_, _, ct) => targets.PublicStoryAsync(ct)),
    ("article page, signed-in, one article", (w, r, ct) => targets.OneArticleAsync(w, ct)),
    ($"article page, signed-in, hot set of {options.Hot}", (w, r, ct) => targets.HotArticleAsync(r, w, ct)),
    ($"article page, signed-in, any of {options.Count} (cache misses)", (w, r, ct) => targets.AnyArticleAsync(r, w, ct)),
    ("home page, signed-in", (w, _, ct) => targets.HomeAsync(w, ct)),
    ("search API, signed-in", (w, r, ct) => targets.SearchAsync(r, w, ct)),
};
var results = new List<Stats>();
// LOAD_ONLY=<part of a name>: only the hello-world and the matching targets, no mixed run (for profiling one page).
var only = Environment.GetEnvironmentVariable("LOAD_ONLY");
Console.WriteLine($"Host pid {host.Pid}");
foreach (var (name, request) in scenarios.Where(s => only is null || s.Name.StartsWith("hello") || s.Name.Contains(only)))
{
    await LoadRun.RunAsync("warm-up", options.Workers, TimeSpan.FromSeconds(3), request);
    var stats = await LoadRun.RunAsync(name, options.Workers, TimeSpan.FromSeconds(options.Seconds), request);
    Console.WriteLine($"{name}: {stats.Rps:F0} rps, p50 {stats.Percentile(0.5):F1} ms, p99 {stats.Percentile(0.99):F1} ms, errors {stats.ErrorSummary()}");
    results.Add(stats);
}
Report.SideBySide(results, options.Workers, options.Seconds);
Console.WriteLine($"Host RSS after the side-by-side runs: {host.RssMb():F0} MB (peak {host.PeakRssMb():F0} MB); {rss.Summary()}");

if (only is not null) return 0;

// 2. The mixed run.
rss.Reset();
var mixed = new MixedRun(http, targets, await Sessions.BearerAsync(http, "ansatt"), await Sessions.BearerAsync(http, "kommunikasjon"));
var mixedStats = await mixed.RunAsync(options.MixedUsers, TimeSpan.FromSeconds(options.MixedSeconds));
var created = mixed.Created.ToHashSet();
var (found, published) = await Verify(created, mixed.Approved.ToHashSet());
Report.Mixed(mixedStats, options.MixedUsers, options.MixedSeconds, mixed.Operations, created.Count, found, mixed.Approved.Count, published);
Console.WriteLine($"Host RSS after the mixed run: {host.RssMb():F0} MB (peak {host.PeakRssMb():F0} MB); {rss.Summary()}");
Report.Machine("after");
return mixedStats.Errors == 0 && found == created.Count ? 0 : 1;

async Task<(int Found, int Published)> Verify(HashSet<int> ids, HashSet<int> approved)
{
    await using var db = new SqliteConnection($"Data Source={Path.Combine(data, "intranett.db")};Mode=ReadOnly;Pooling=False");
    await db.OpenAsync();
    var command = db.CreateCommand();
    command.CommandText = "SELECT Id, Status FROM Articles WHERE Kind = 'story'";
    var present = new Dictionary<int, string>();
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync()) present[reader.GetInt32(0)] = reader.GetString(1);
    return (ids.Count(present.ContainsKey), approved.Count(id => present.GetValueOrDefault(id) == "Published"));
}
