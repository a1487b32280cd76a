using Intranet.Core.Markdown;
using Intranet.Search.Analysis;
using Intranet.Search.Indexing;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Intranet.Bench.Search;

/// <summary>
/// `profile N`: where indexing CPU goes, in memory, on one thread (thread CPU time, best of five interleaved rounds, so other processes
/// on a shared machine count little): HTML to text, the shared tokenisation, building our documents, and writing
/// them with one field left out at a time, against bare Lucene.Net on the same texts.
/// </summary>
internal static class IndexProfile
{
    private const int Repeats = 5;

    public static void Run(int count)
    {
        var markdown = new SafeMarkdownRenderer();
        var articles = Corpus.Generate(count).ToList();
        foreach (var a in articles) a.BodyHtml = markdown.ToSafeHtml(a.BodyMarkdown);
        var analyzers = new SearchAnalyzers();
        var builder = new ArticleDocumentBuilder(markdown);
        var plain = articles.Select(a => HtmlPlainText.From(a.BodyHtml)).ToList();
        var differ = plain.Count(b => !Terms(new StandardTokenizer(NorwegianTextAnalyzer.Version, new StringReader(b)) { MaxTokenLength = 64 })
            .SequenceEqual(Terms(new LatinWordTokenizer(new StringReader(b), 64))));
        Console.WriteLine($"LatinWordTokenizer vs StandardTokenizer: {differ} of {count} bodies tokenised differently");
        Write("warm-up (JIT)", () => articles.Select(a => builder.Build(a, [])), analyzers.Index, count)();
        using var standard = new StandardAnalyzer(NorwegianTextAnalyzer.Version);
        var variants = new List<(string Name, Action Run)>
        {
            ("HTML → text", () => { foreach (var a in articles) HtmlPlainText.From(a.BodyHtml); }),
            ("shared tokenisation (CapturedTokens)", () => { foreach (var b in plain) _ = new CapturedTokens(b); }),
            ("build documents (HTML → text, tokenisation)", () => { foreach (var a in articles) builder.Build(a, []); }),
            ("ours: build + AddDocument + commit", Write("", () => articles.Select(a => builder.Build(a, [])), analyzers.Index, count)),
        };
        foreach (var drop in new[] { IndexFields.Spell, IndexFields.Compound, IndexFields.Body, IndexFields.Title, IndexFields.Summary, IndexFields.Author, IndexFields.Tags, IndexFields.TitleLower })
            variants.Add(($"  … without {drop}", Write("", () => articles.Select(a => Without(builder.Build(a, []), drop)), analyzers.Index, count)));
        variants.Add(("bare: StandardAnalyzer title + body (stored)", Write("", () => articles.Select((a, i) => new Document
        {
            new StringField("id", a.Id.ToString(), Field.Store.YES),
            new TextField("title", a.Title, Field.Store.YES),
            new TextField("body", plain[i], Field.Store.YES),
        }), standard, count)));
        // Interleaved rounds, best of each: load changes over time on a shared machine, and hits every variant alike.
        var best = variants.Select(_ => double.MaxValue).ToArray();
        for (var r = 0; r < Repeats; r++)
            for (var v = 0; v < variants.Count; v++)
            {
                var cpu = ThreadCpu.NowMs();
                variants[v].Run();
                best[v] = Math.Min(best[v], ThreadCpu.NowMs() - cpu);
            }
        for (var v = 0; v < variants.Count; v++)
            Console.WriteLine($"{variants[v].Name,-52} {best[v] / count,7:N3} ms/article  {count / best[v] * 1000,8:N0} per CPU-second");
    }

    private static List<(string, int, int, int)> Terms(Lucene.Net.Analysis.Tokenizer tokenizer)
    {
        var list = new List<(string, int, int, int)>();
        using (tokenizer)
        {
            var term = tokenizer.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            var offset = tokenizer.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
            var position = tokenizer.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
            tokenizer.Reset();
            while (tokenizer.IncrementToken()) list.Add((term.ToString(), offset.StartOffset, offset.EndOffset, position.PositionIncrement));
            tokenizer.End();
        }
        return list;
    }

    private static Document Without(Document doc, string field)
    {
        var stored = field == IndexFields.Body ? doc.Get(IndexFields.Body) : null;
        doc.RemoveFields(field);
        if (stored is not null) doc.Add(new StoredField(IndexFields.Body, stored));
        return doc;
    }

    private static Action Write(string what, Func<IEnumerable<Document>> docs, Lucene.Net.Analysis.Analyzer analyzer, int count) =>
        () =>
        {
            using var dir = new RAMDirectory();
            using var writer = new IndexWriter(dir, new IndexWriterConfig(NorwegianTextAnalyzer.Version, analyzer) { RAMBufferSizeMB = 256, UseCompoundFile = false });
            foreach (var doc in docs()) writer.AddDocument(doc);
            writer.Commit();
        };
}
