using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Notifications;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Stories.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Services;

/// <summary>
/// Comments under a story: open by default, closable per story by its author or communications staff.
/// A comment can be deleted by whoever wrote it and by communications staff (audited).
/// </summary>
public sealed class StoryComments(IntranetDbContext db, StoryDetailsStore details, IAuditLog audit, IClock clock, INotificationSender notifications)
{
    public const int MaxLength = 4000;

    public Task<List<StoryComment>> ForAsync(int articleId, CancellationToken ct = default) =>
        db.Set<StoryComment>().AsNoTracking().Where(c => c.ArticleId == articleId).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(ct);

    public async Task AddAsync(int articleId, string body, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if ((await details.GetAsync(articleId, ct)).CommentsClosed)
            throw ValidationFailedException.For("comment", "Kommentarfeltet er stengt for denne historien.");
        var text = body?.Trim() ?? "";
        if (text.Length == 0) throw ValidationFailedException.For("comment", "Skriv en kommentar.");
        if (text.Length > MaxLength) throw ValidationFailedException.For("comment", "Kommentaren kan ha høyst 4000 tegn.");
        var comment = new StoryComment
        {
            ArticleId = articleId, AuthorId = user.UserId(), AuthorName = user.DisplayName(), Body = text, CreatedAt = clock.UtcNow,
        };
        db.Set<StoryComment>().Add(comment);
        await db.SaveChangesAsync(ct);
        await NotifyAuthorAsync(articleId, comment, ct);
    }

    /// <summary>Tells the story's author about a comment by someone else (one notification per comment).</summary>
    private async Task NotifyAuthorAsync(int articleId, StoryComment comment, CancellationToken ct)
    {
        var story = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => new { a.AuthorId, a.Title, a.Kind, a.Slug }).FirstOrDefaultAsync(ct);
        if (story?.AuthorId is not { } author || author == comment.AuthorId) return;
        await notifications.SendAsync(author, StoryNotifications.Commented.Fill(comment.AuthorName, story.Title),
            Core.Models.ArticleKinds.Url(story.Kind, story.Slug) + "#kommentarer", $"story:{articleId}:comment:{comment.Id}", ct);
    }

    public static bool CanDelete(StoryComment comment, ReaderContext reader) =>
        reader.CanManageContent || (reader.UserId is not null && comment.AuthorId == reader.UserId);

    public async Task DeleteAsync(int articleId, int commentId, ReaderContext reader, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var comment = await db.Set<StoryComment>().FirstOrDefaultAsync(c => c.Id == commentId && c.ArticleId == articleId, ct)
                      ?? throw new StoryNotFoundException(articleId);
        if (!CanDelete(comment, reader)) throw new StoryForbiddenException("Du kan bare slette dine egne kommentarer.");
        db.Set<StoryComment>().Remove(comment);
        audit.Record(Actor.From(user), "comment-delete", "article", articleId.ToString(), $"kommentar {commentId} av {comment.AuthorName}");
        await db.SaveChangesAsync(ct);
    }

    public async Task SetClosedAsync(int articleId, bool closed, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var row = await details.GetAsync(articleId, ct);
        if (db.Entry(row).State == EntityState.Detached) db.Add(row);
        row.CommentsClosed = closed;
        audit.Record(Actor.From(user), closed ? "comments-close" : "comments-open", "article", articleId.ToString());
        await db.SaveChangesAsync(ct);
    }
}
