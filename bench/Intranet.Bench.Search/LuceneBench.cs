using System.Diagnostics;
using Intranet.Core.Content;
using Intranet.Core.Markdown;
using Intranet.Core.Models;
using Intranet.Search.Analysis;
using Intranet.Search.Indexing;
using Intranet.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Intranet.Bench.Search;

/// <summary>Our search: the module's analyzers, document builder, parser, permission filter, facets and highlighting.</summary>
internal sealed class LuceneBench(string folder) : IDisposable
{
    private readonly SearchAnalyzers _analyzers = new();
    private FSDirectory? _directory;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;
    private SnippetMaker? _snippets;

    public double Index(IReadOnlyList<Article> articles)
    {
        var builder = new ArticleDocumentBuilder(new SafeMarkdownRenderer());
        _directory = FSDirectory.Open(folder);
        var watch = Stopwatch.StartNew();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(NorwegianTextAnalyzer.Version, _analyzers.Index) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 128 }))
        {
            foreach (var article in articles) writer.AddDocument(builder.Build(article, []));
            writer.Commit();
        }
        var rate = articles.Count / watch.Elapsed.TotalSeconds;
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _snippets = new SnippetMaker(_analyzers);
        return rate;
    }

    public int Run(BenchQuery q)
    {
        var text = q.Phrase ? $"\"{string.Join(' ', q.Words)}\"" : string.Join(' ', q.Words);
        var query = new NorwegianQueryParser(_analyzers.Query, _ => [], Occur.MUST).Parse(text);
        var employee = new ReaderContext("u7", true, false, []);
        var hits = Hits.Run(_searcher!, query, new SearchRequest(text, Kind: q.Kind), employee, DateTimeOffset.UtcNow, []);
        if (Environment.GetEnvironmentVariable("BENCH_NO_SNIPPETS") is null)
            foreach (var doc in hits.Documents) _snippets!.Make(query, doc.Get(IndexFields.Body) ?? "", doc.Get(IndexFields.Summary) ?? "");
        return hits.Total;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory?.Dispose();
        _analyzers.Dispose();
    }
}
