using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Intranet.Search.Querying;

/// <summary>Suggestions as you type: readable articles whose title, or a word of it, starts with the text.</summary>
public sealed class SuggestService(SearchIndex index, IClock clock)
{
    private const int MaxSuggestions = 8;
    private const int MaxLength = 100;

    public IReadOnlyList<SuggestItem> Suggest(string? text, ReaderContext reader)
    {
        var prefix = (text ?? "").Trim().ToLowerInvariant();
        if (prefix.Length < 2) return [];
        if (prefix.Length > MaxLength) prefix = prefix[..MaxLength];
        var lastWord = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var query = new BooleanQuery(disableCoord: true)
        {
            { new PrefixQuery(new Term(IndexFields.TitleLower, prefix)) { Boost = 3 }, Occur.SHOULD },
        };
        if (lastWord.Length >= 2) query.Add(new PrefixQuery(new Term(IndexFields.Title, lastWord)), Occur.SHOULD);
        var permission = PermissionFilter.For(reader, clock.UtcNow);
        Query filtered = permission is null ? query : new FilteredQuery(query, new QueryWrapperFilter(permission));
        return index.Search(searcher => searcher.Search(filtered, MaxSuggestions).ScoreDocs
            .Select(d => searcher.Doc(d.Doc))
            .Select(d => new SuggestItem(d.Get(IndexFields.Title), ArticleKinds.Url(d.Get(IndexFields.Kind), d.Get(IndexFields.Slug)), d.Get(IndexFields.Kind)))
            .ToList());
    }
}
