using Intranet.Core.Content;
using Intranet.Core.Models;

namespace Intranet.Corner.Services.Attachments;

/// <summary>
/// When a corner post is deleted (e.g. from the content admin) its attachments go with it: the rows would cascade,
/// but the bytes (a file, or a row without a foreign key) would stay behind unreferenced.
/// </summary>
internal sealed class CornerAttachmentsOnPostDeleted(CornerAttachments attachments) : IArticleDeletionHandler
{
    public Task OnArticleDeletingAsync(Article article, Actor actor, CancellationToken ct = default) =>
        article.Kind == ArticleKinds.Corner ? attachments.RemoveAllAsync(article.Id, actor, ct) : Task.CompletedTask;
}
