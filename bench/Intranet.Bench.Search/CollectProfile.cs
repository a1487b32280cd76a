using System.Diagnostics;
using Intranet.Core.Content;
using Intranet.Search.Analysis;
using Intranet.Search.Indexing;
using Intranet.Search.Querying;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Bench.Search;

/// <summary>BENCH_PROFILE=collect: what each layer of the collection costs (thread CPU ms, median), per query of the mix.</summary>
internal static class CollectProfile
{
    public static void Run(IServiceProvider services, int repeats)
    {
        var index = services.GetRequiredService<SearchIndex>();
        var analyzers = services.GetRequiredService<SearchAnalyzers>();
        var permissions = services.GetRequiredService<PermissionFilterCache>();
        var employee = new ReaderContext("u7", true, false, []);
        var now = DateTimeOffset.UtcNow;
        index.Search(s => { Console.WriteLine($"segments: {s.IndexReader.Leaves.Count}"); return 0; });
        foreach (var q in QueryMix.All)
        {
            var text = q.Phrase ? $"\"{string.Join(' ', q.Words)}\"" : string.Join(' ', q.Words);
            var query = new NorwegianQueryParser(analyzers.Query, _ => [], Occur.MUST).Parse(text);
            var line = $"{text,-26}";
            index.Search(searcher =>
            {
                var filter = permissions.For(searcher.IndexReader, employee, now)!;
                line += Time("count", repeats, () => searcher.Search(query, new TotalHitCountCollector()));
                line += Time("top10", repeats, () => searcher.Search(query, TopScoreDocCollector.Create(10, false)));
                line += Time("+recency", repeats, () => searcher.Search(query, new RecencyTopCollector(10, now)));
                line += Time("+filter", repeats, () => searcher.Search(new FilteredQuery(query, filter), new RecencyTopCollector(10, now)));
                line += Time("+facets", repeats, () => searcher.Search(new FilteredQuery(query, filter),
                    MultiCollector.Wrap(new RecencyTopCollector(10, now), new FacetCounter())));
                line += Time("hits.run", repeats, () => Hits.Run(searcher, query, new SearchRequest(text, Kind: q.Kind), employee, now, [], permissions));
                line += Time("facetsonly", repeats, () => searcher.Search(new FilteredQuery(new MatchAllDocsQuery(), filter), new FacetCounter()));
                return 0;
            });
            Console.WriteLine(line);
        }
    }

    private static string Time(string what, int repeats, Action action)
    {
        var times = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var c = ThreadCpu.NowMs();
            action();
            times.Add(ThreadCpu.NowMs() - c);
        }
        times.Sort();
        return $" {what} {times[times.Count / 2],6:N1}";
    }
}
