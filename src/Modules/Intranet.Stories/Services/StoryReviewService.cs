using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Notifications;
using Intranet.Core.Validation;
using Intranet.Stories.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Services;

/// <summary>
/// Reviewers' decisions on submitted stories: communications staff review any story, a unit leader the
/// stories of the units they lead (but not their own). Each decision changes the status through
/// <see cref="IArticleService"/> (audited), adds a history row and notifies the author.
/// </summary>
public sealed class StoryReviewService(
    IntranetDbContext db, IArticleService articles, StoryReaders readers, StoryHistory history, INotificationSender notifications)
{
    public static bool CanReview(ReaderContext reader, Article story) =>
        reader.CanManageContent
        || (story.UnitId is int unit && reader.LedUnitIds.Contains(unit) && story.AuthorId != reader.UserId);

    public async Task<Article> DecideAsync(int id, ReviewDecision decision, string? comment, DateTimeOffset? publishAt,
        ClaimsPrincipal user, CancellationToken ct = default)
    {
        var reader = await readers.ForAsync(user, ct);
        if (!StoryReaders.IsReviewer(reader)) throw new StoryForbiddenException("Du kan ikke vurdere historier.");
        var story = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Kind == ArticleKinds.Story, ct)
                    ?? throw new StoryNotFoundException(id);
        if (!CanReview(reader, story)) throw new StoryForbiddenException("Du kan bare vurdere historier fra enheter du leder.");
        Check(story, decision, comment);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var text = comment?.Trim() ?? "";
        story = await articles.SetStatusAsync(id, StatusFor(decision), Actor.From(user), $"{decision.ApiName()}: {text}",
            decision == ReviewDecision.Approve ? publishAt : null, ct);
        var row = history.Add(id, user, decision.ApiName(), text);
        await db.SaveChangesAsync(ct);
        await NotifyAuthorAsync(story, decision, row, ct);
        await tx.CommitAsync(ct);
        return story;
    }

    private static void Check(Article story, ReviewDecision decision, string? comment)
    {
        if (story.Status != ArticleStatus.Submitted)
            throw ValidationFailedException.For("decision", "Historien venter ikke på vurdering.");
        if (decision != ReviewDecision.Approve && string.IsNullOrWhiteSpace(comment))
            throw ValidationFailedException.For("comment", decision == ReviewDecision.Reject
                ? "Skriv hvorfor historien avvises."
                : "Skriv hva som bør endres.");
        if (comment is { Length: > 4000 }) throw ValidationFailedException.For("comment", "Kommentaren kan ha høyst 4000 tegn.");
    }

    private static ArticleStatus StatusFor(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Approve => ArticleStatus.Published,
        ReviewDecision.RequestChanges => ArticleStatus.ChangesRequested,
        _ => ArticleStatus.Rejected,
    };

    private Task NotifyAuthorAsync(Article story, ReviewDecision decision, StoryReview row, CancellationToken ct)
    {
        if (story.AuthorId is null) return Task.CompletedTask;
        var title = decision switch
        {
            ReviewDecision.Approve => StoryNotifications.Approved.Fill(story.Title),
            ReviewDecision.RequestChanges => StoryNotifications.ChangesRequested.Fill(story.Title),
            _ => StoryNotifications.Rejected.Fill(story.Title),
        };
        var url = decision == ReviewDecision.Approve ? story.Url : "/historier/mine";
        return notifications.SendAsync(story.AuthorId, title, url, $"story:{story.Id}:review:{row.Id}", ct);
    }
}
