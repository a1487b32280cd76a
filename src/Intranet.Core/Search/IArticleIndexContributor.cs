using Intranet.Core.Models;

namespace Intranet.Core.Search;

/// <summary>
/// A module's part of an article's search document: extra fields (a story's consent state, an event's place …).
/// Register implementations as scoped services; the search index asks every one of them for each article it writes.
/// </summary>
public interface IArticleIndexContributor
{
    Task<IReadOnlyList<ArticleIndexField>> FieldsForAsync(Article article, CancellationToken ct);
}
