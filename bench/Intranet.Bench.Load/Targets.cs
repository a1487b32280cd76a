namespace Intranet.Bench.Load;

/// <summary>The pages under test, with the sessions that read them.</summary>
internal sealed class Targets(HttpClient http, IReadOnlyList<BrowserSession> sessions, string publicStory, int corpus, int hotSet)
{
    public string PublicStory => publicStory;

    /// <summary>The newest page, read by every session.</summary>
    public Task<string?> OneArticleAsync(int worker, CancellationToken ct) =>
        LoadRun.GetAsync(http, $"/sider/{Corpus.Slug(corpus)}", Cookie(worker), ct);

    /// <summary>One of a hot set of pages (what most readers open: the newest), for the reader of this worker.</summary>
    public Task<string?> HotArticleAsync(Random random, int worker, CancellationToken ct) =>
        LoadRun.GetAsync(http, $"/sider/{Corpus.Slug(corpus - random.Next(Math.Min(hotSet, corpus)))}", Cookie(worker), ct);

    /// <summary>Any page of the whole corpus: nearly every request misses the cache.</summary>
    public Task<string?> AnyArticleAsync(Random random, int worker, CancellationToken ct) =>
        LoadRun.GetAsync(http, $"/sider/{Corpus.Slug(1 + random.Next(corpus))}", Cookie(worker), ct);

    public Task<string?> PublicStoryAsync(CancellationToken ct) => LoadRun.GetAsync(http, publicStory, null, ct);

    public Task<string?> HomeAsync(int worker, CancellationToken ct) => LoadRun.GetAsync(http, "/", Cookie(worker), ct);

    public Task<string?> SearchAsync(Random random, int worker, CancellationToken ct) =>
        LoadRun.GetAsync(http, $"/api/search?q={Uri.EscapeDataString(Corpus.Word(random))}", Cookie(worker), ct);

    public Task<string?> ReadAsync(Random random, int worker, CancellationToken ct) => random.Next(3) switch
    {
        0 => HotArticleAsync(random, worker, ct),
        1 => PublicStoryAsync(ct),
        _ => HomeAsync(worker, ct),
    };

    private BrowserSession Cookie(int worker) => sessions[worker % sessions.Count];
}
