using Intranet.Core.Models;

namespace Intranet.Core.Content;

/// <summary>
/// The only way to change articles. Every call validates, renders Markdown once, keeps versions of
/// published articles, and writes an audit entry and a change-log row in the same transaction.
/// </summary>
public interface IArticleService
{
    Task<Article> CreateAsync(ArticleInput input, Actor actor, ArticleStatus status = ArticleStatus.Draft, CancellationToken ct = default);

    Task<Article> UpdateAsync(int id, ArticleInput input, Actor actor, CancellationToken ct = default);

    Task<Article> SetStatusAsync(int id, ArticleStatus status, Actor actor, string? comment = null, DateTimeOffset? publishAt = null, CancellationToken ct = default);

    Task<Article> RestoreVersionAsync(int id, int versionNumber, Actor actor, CancellationToken ct = default);

    Task DeleteAsync(int id, Actor actor, CancellationToken ct = default);

    /// <summary>Changes who the article is credited to (e.g. anonymising a deleted user's authorship).</summary>
    Task<Article> SetAuthorAsync(int id, string? authorId, string authorName, Actor actor, CancellationToken ct = default);
}
