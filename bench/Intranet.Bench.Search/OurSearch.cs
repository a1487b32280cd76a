using System.Diagnostics;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Hosting;
using Intranet.Core.Markdown;
using Intranet.Core.Modules;
using Intranet.Core.Search;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Search;
using Intranet.Search.Indexing;
using Intranet.Search.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intranet.Bench.Search;

/// <summary>
/// Our search as the site runs it: the Search module's own services on the intranet model. The reindex is the
/// production rebuild (<see cref="IndexRebuilder"/>: read from the database, build, write, swap), and every query
/// goes through <see cref="SearchService"/>: safe parser, permission filter for an ordinary employee, facets,
/// recency boost, best bets, top 10 and highlighted snippets.
/// </summary>
internal sealed class OurSearch : IDisposable
{
    private static readonly ReaderContext Employee = new("u7", true, false, []);
    private readonly ServiceProvider _services;

    public OurSearch(string dataPath, string databaseFile)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Intranet:DataPath"] = dataPath }).Build();
        var services = new ServiceCollection();
        var module = new SearchModule();
        services.AddSingleton<IIntranetModule>(module);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = dataPath });
        services.AddSingleton<IntranetPaths>();
        services.AddSingleton<IClock, SystemClock>();
        services.AddSingleton<PermissionRegistry>();
        services.AddSingleton<IMarkdownRenderer, SafeMarkdownRenderer>();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddDbContext<IntranetDbContext, BenchDbContext>(o => o.UseSqlite(BenchDatabase.ConnectionString(databaseFile)));
        services.AddDbContext<BenchDbContext>(o => o.UseSqlite(BenchDatabase.ConnectionString(databaseFile)));
        if (Environment.GetEnvironmentVariable("BENCH_SQL") is not null)
            services.AddDbContext<IntranetDbContext, BenchDbContext>(o => o.UseSqlite(BenchDatabase.ConnectionString(databaseFile))
                .LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]));
        module.ConfigureServices(services, configuration);
        _services = services.BuildServiceProvider();
    }

    public BenchDbContext OpenDb() => _services.CreateScope().ServiceProvider.GetRequiredService<BenchDbContext>();

    public string IndexFolder => _services.GetRequiredService<SearchIndex>().Generations.Current()!;

    /// <returns>Articles per second of a full rebuild from the database, and per second of this process's CPU time.</returns>
    public async Task<(double Wall, double Cpu)> RebuildAsync(int articles)
    {
        _services.GetRequiredService<SearchIndex>().EnsureOpen();
        using var scope = _services.CreateScope();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await scope.ServiceProvider.GetRequiredService<IndexRebuilder>().RebuildAsync(CancellationToken.None);
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return (articles / watch.Elapsed.TotalSeconds, articles / cpuSeconds);
    }

    /// <summary>
    /// Our document building and writing alone, fed from articles already in memory (the same loading query, read
    /// before the clock starts): the difference to <see cref="RebuildAsync"/> is the database read.
    /// </summary>
    public BareLucene.Rate IndexFromMemory(int max, string folder)
    {
        using var scope = _services.CreateScope();
        var documents = scope.ServiceProvider.GetRequiredService<ArticleDocuments>();
        var articles = new ArticlePages(scope.ServiceProvider.GetRequiredService<IntranetDbContext>()).NextAsync(0, max, CancellationToken.None).GetAwaiter().GetResult();
        var analyzers = _services.GetRequiredService<Intranet.Search.Analysis.SearchAnalyzers>();
        using var handle = IndexHandle.Open(folder, analyzers.Index, create: true, 256, bulk: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, articles.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => handle.Writer.AddDocument(documents.Build(articles[i], [])));
        handle.Commit(0);
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return new BareLucene.Rate(articles.Count / watch.Elapsed.TotalSeconds, articles.Count / cpuSeconds, articles.Count);
    }

    /// <summary>Only the rebuild's database read (pages of articles with values, tags, units), nothing indexed.</summary>
    public BareLucene.Rate ReadAll()
    {
        using var scope = _services.CreateScope();
        var pages = new ArticlePages(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var (count, after) = (0, 0);
        for (var page = pages.NextAsync(0, 1000, default).GetAwaiter().GetResult(); page.Count > 0;
             page = pages.NextAsync(after, 1000, default).GetAwaiter().GetResult())
            (count, after) = (count + page.Count, page[^1].Id);
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return new BareLucene.Rate(count / watch.Elapsed.TotalSeconds, count / cpuSeconds, count);
    }

    public SearchResponse Search(BenchQuery q)
    {
        var text = q.Phrase ? $"\"{string.Join(' ', q.Words)}\"" : string.Join(' ', q.Words);
        return _services.GetRequiredService<SearchService>().Search(new SearchRequest(text, Kind: q.Kind), Employee);
    }

    public int Run(BenchQuery q) => (int)Search(q).Total;

    public void Profile(int repeats, bool layers)
    {
        if (layers) CollectProfile.Run(_services, repeats);
        else QueryProfile.Run(_services, repeats);
    }

    public void Dispose() => _services.Dispose();
}
