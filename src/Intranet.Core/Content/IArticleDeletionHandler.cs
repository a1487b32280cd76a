using Intranet.Core.Models;

namespace Intranet.Core.Content;

/// <summary>
/// A module's part in deleting an article: remove what the database does not cascade (files on disk, rows
/// without a foreign key). <see cref="IArticleService.DeleteAsync"/> calls every registered handler inside its
/// transaction, before the article row goes, so a handler still sees the article's dependent rows.
/// </summary>
public interface IArticleDeletionHandler
{
    Task OnArticleDeletingAsync(Article article, Actor actor, CancellationToken ct = default);
}
