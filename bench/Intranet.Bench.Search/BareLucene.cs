using Intranet.Search.Indexing;
using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Intranet.Bench.Search;

/// <summary>
/// The bare library as the yardstick: Lucene.Net's <see cref="StandardAnalyzer"/>, title and body as plain text
/// fields (body stored, positions, no offsets, no term vectors), id and kind as strings, the same writer buffer and
/// thread count as our rebuild; queries through the classic QueryParser over title + body, top 10, nothing else.
/// </summary>
internal sealed class BareLucene(string folder) : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] Fields = ["title", "body"];
    private static readonly ISet<string> Shown = new HashSet<string> { "id", "title" };
    private readonly StandardAnalyzer _analyzer = new(Version);
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public sealed record Rate(double Wall, double Cpu, int Articles);

    /// <summary>One reader thread (database read + HTML to text) feeds as many writer threads as our rebuild uses.</summary>
    public Rate Index(IEnumerable<PlainArticle> articles, string subFolder)
    {
        using var dir = FSDirectory.Open(Path.Combine(folder, subFolder));
        var config = new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = new RebuildOptions().RamBufferMb, UseCompoundFile = false }; // the same buffer as our rebuild
        using var writer = new IndexWriter(dir, config);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using var queue = new BlockingCollection<PlainArticle>(boundedCapacity: 2000);
        var count = 0;
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(() =>
        {
            foreach (var a in queue.GetConsumingEnumerable()) writer.AddDocument(ToDocument(a));
        })).ToArray();
        foreach (var a in articles)
        {
            queue.Add(a);
            count++;
        }
        queue.CompleteAdding();
        Task.WaitAll(workers);
        writer.Commit();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return new Rate(count / watch.Elapsed.TotalSeconds, count / cpuSeconds, count);
    }

    /// <summary>Only enumerating the articles (the database read and HTML to text of <see cref="Index"/>).</summary>
    public static Rate Time(IEnumerable<PlainArticle> articles)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var count = articles.Count();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return new Rate(count / watch.Elapsed.TotalSeconds, count / cpuSeconds, count);
    }

    private static Document ToDocument(PlainArticle a) =>
    [
        new StringField("id", a.Id.ToString(), Field.Store.YES),
        new StringField("kind", a.Kind, Field.Store.NO),
        new TextField("title", a.Title, Field.Store.YES),
        new TextField("body", a.Body, Field.Store.YES),
    ];

    public void Open(string subFolder)
    {
        _reader = DirectoryReader.Open(FSDirectory.Open(Path.Combine(folder, subFolder)));
        _searcher = new IndexSearcher(_reader);
    }

    public long SizeBytes(string subFolder) => Stats.DirectorySize(Path.Combine(folder, subFolder));

    /// <summary>Classic QueryParser over title + body with AND between words (as ours), top 10 with their id and title.</summary>
    public int Run(BenchQuery q)
    {
        var parser = new MultiFieldQueryParser(Version, Fields, _analyzer) { DefaultOperator = Operator.AND };
        var text = q.Phrase ? $"\"{string.Join(' ', q.Words)}\"" : string.Join(' ', q.Words);
        Query query = parser.Parse(text);
        if (q.Kind is not null) query = new FilteredQuery(query, new QueryWrapperFilter(new TermQuery(new Term("kind", q.Kind))));
        var top = _searcher!.Search(query, 10);
        foreach (var d in top.ScoreDocs) _ = _searcher.Doc(d.Doc, Shown).Get("id");
        return top.TotalHits;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _analyzer.Dispose();
    }
}
