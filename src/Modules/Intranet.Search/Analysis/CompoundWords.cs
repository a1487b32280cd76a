using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Intranet.Search.Analysis;

/// <summary>The decompounding dictionary (compound-words.txt, embedded): common parts of kommune compounds.</summary>
public static class CompoundWords
{
    private static readonly Lazy<CharArraySet> Set = new(Load);

    public static CharArraySet Dictionary => Set.Value;

    private static CharArraySet Load()
    {
        var assembly = typeof(CompoundWords).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("compound-words.txt", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        var words = reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.StartsWith('#'));
        return new CharArraySet(LuceneVersion.LUCENE_48, words.ToList(), ignoreCase: true).AsReadOnly();
    }
}
