using System.Diagnostics;
using Intranet.Core.Markdown;
using Intranet.Search.Analysis;
using Intranet.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Intranet.Bench.Search;

/// <summary>`profile N`: where indexing time goes (Markdown to text, each analyzer, the shared tokenisation, document writing), in memory.</summary>
internal static class IndexProfile
{
    public static void Run(int count)
    {
        var articles = Corpus.Generate(count).ToList();
        var markdown = new SafeMarkdownRenderer();
        var analyzers = new SearchAnalyzers();
        var watch = Stopwatch.StartNew();
        var bodies = articles.Select(a => markdown.ToPlainText(a.BodyMarkdown)).ToList();
        Report("markdown → text", watch, count);
        foreach (var field in new[] { IndexFields.Body, IndexFields.Compound, IndexFields.Spell, IndexFields.Body, IndexFields.Compound, IndexFields.Spell })
        {
            watch.Restart();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long tokens = 0;
            foreach (var body in bodies)
            {
                using var stream = analyzers.Index.GetTokenStream(field, body);
                stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken()) tokens++;
                stream.End();
            }
            Report($"analyse {field} ({tokens / count:N0} tokens/article) cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:N2}", watch, count);
        }
        watch.Restart();
        var cpuCapture = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var body in bodies) _ = new CapturedTokens(body);
        Report($"one shared tokenisation (CapturedTokens) cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpuCapture).TotalSeconds:N2}", watch, count);
        var builder = new ArticleDocumentBuilder(markdown);
        watch.Restart();
        var docs = articles.Select(a => builder.Build(a, [])).ToList();
        Report("build documents (incl. markdown)", watch, count);
        Write("warm-up (JIT)", [.. articles.Take(300).Select(a => builder.Build(a, []))], analyzers, 300);
        Write("IndexWriter.AddDocument + commit", docs, analyzers, count);
        foreach (var drop in new[] { IndexFields.Spell, IndexFields.Compound, IndexFields.Body, IndexFields.Title, IndexFields.Summary })
            Write($"  … without {drop}", [.. articles.Select(a => Without(builder.Build(a, []), drop))], analyzers, count);
    }

    private static Lucene.Net.Documents.Document Without(Lucene.Net.Documents.Document doc, string field)
    {
        doc.RemoveFields(field);
        return doc;
    }

    private static void Write(string what, List<Lucene.Net.Documents.Document> docs, SearchAnalyzers analyzers, int count)
    {
        using var dir = new RAMDirectory();
        using var writer = new IndexWriter(dir, new IndexWriterConfig(NorwegianTextAnalyzer.Version, analyzers.Index) { RAMBufferSizeMB = 256, UseCompoundFile = false });
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var doc in docs) writer.AddDocument(doc);
        writer.Commit();
        Report(what + $" (cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:N1} s)", watch, count);
    }

    private static void Report(string what, Stopwatch watch, int count) =>
        Console.WriteLine($"{what,-48} {watch.Elapsed.TotalSeconds,7:N2} s  {count / watch.Elapsed.TotalSeconds,9:N0}/s");
}
