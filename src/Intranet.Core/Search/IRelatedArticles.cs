using Intranet.Core.Content;

namespace Intranet.Core.Search;

/// <summary>
/// "More like this": the articles most similar in text to a given one. Implemented by the Search module; a module that
/// shows related items depends on this interface only, and falls back to its own choice when it is absent or answers
/// with nothing (an empty or still-building index).
/// </summary>
public interface IRelatedArticles
{
    /// <returns>
    /// Ids of up to <paramref name="count"/> live articles of <paramref name="kind"/> that the reader may read, most
    /// similar first, never the article itself; empty when the article is not (yet) indexed or the reader may not read it.
    /// </returns>
    Task<IReadOnlyList<int>> SimilarAsync(int articleId, string kind, ReaderContext reader, int count, CancellationToken ct = default);
}
