using System.Diagnostics;
using Intranet.Core.Content;
using Intranet.Search.Analysis;
using Intranet.Search.Indexing;
using Intranet.Search.Querying;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Bench.Search;

/// <summary>Where query time goes, per query of the mix: minimum and median of parse, collect, snippets, whole search.</summary>
internal static class QueryProfile
{
    public static void Run(IServiceProvider services, int repeats)
    {
        var index = services.GetRequiredService<SearchIndex>();
        var analyzers = services.GetRequiredService<SearchAnalyzers>();
        var permissions = services.GetRequiredService<PermissionFilterCache>();
        var snippets = services.GetRequiredService<SnippetMaker>();
        var search = services.GetRequiredService<SearchService>();
        var employee = new ReaderContext("u7", true, false, []);
        foreach (var q in QueryMix.All)
        {
            var text = q.Phrase ? $"\"{string.Join(' ', q.Words)}\"" : string.Join(' ', q.Words);
            var request = new SearchRequest(text, Kind: q.Kind);
            var (parse, collect, snip, whole) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            var (syn, bets) = (new List<double>(), new List<double>());
            var synonyms = services.GetRequiredService<SynonymTable>();
            var bestBets = services.GetRequiredService<BestBetTable>();
            for (var r = 0; r < repeats; r++)
            {
                index.Search(searcher =>
                {
                    var w = Stopwatch.StartNew();
                    var query = new NorwegianQueryParser(analyzers.Query, _ => [], Occur.MUST).Parse(text);
                    parse.Add(w.Elapsed.TotalMilliseconds);
                    w.Restart();
                    var hits = Hits.Run(searcher, query, request, employee, DateTimeOffset.UtcNow, [], permissions);
                    collect.Add(w.Elapsed.TotalMilliseconds);
                    w.Restart();
                    var page = snippets.For(query, searcher.IndexReader);
                    foreach (var hit in hits.Documents) page.Make(hit.DocId, hit.Stored.Get(IndexFields.Summary) ?? "");
                    snip.Add(w.Elapsed.TotalMilliseconds);
                    return 0;
                });
                var sw = Stopwatch.StartNew();
                new NorwegianQueryParser(analyzers.Query, synonyms.AlternativesFor, Occur.MUST).Parse(text);
                syn.Add(sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                bestBets.ArticleIdsFor(UserQueryText.Normalise(text));
                bets.Add(sw.Elapsed.TotalMilliseconds);
                var all = Stopwatch.StartNew();
                search.Search(request, employee);
                whole.Add(all.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"{text,-26} parse {Fmt(parse)}  collect {Fmt(collect)}  snippets {Fmt(snip)}  search {Fmt(whole)}  parse+syn {Fmt(syn)}  bestbets {Fmt(bets)}");
        }
    }

    private static string Fmt(List<double> t)
    {
        t.Sort();
        return $"{t[0],6:N2}/{t[t.Count / 2],6:N2}";
    }
}
