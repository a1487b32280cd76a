using System.Security.Claims;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Stories.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Services;

/// <summary>The review history rows (decisions, comments, withdrawals) shown to the author and reviewers.</summary>
public sealed class StoryHistory(IntranetDbContext db, IClock clock)
{
    public StoryReview Add(int articleId, ClaimsPrincipal user, string decision, string comment)
    {
        var row = new StoryReview
        {
            ArticleId = articleId,
            ReviewerId = user.UserId(),
            ReviewerName = user.DisplayName(),
            Decision = decision,
            Comment = comment.Trim(),
            At = clock.UtcNow,
        };
        db.Set<StoryReview>().Add(row);
        return row;
    }

    public Task<List<StoryReview>> ForAsync(int articleId, CancellationToken ct = default) =>
        db.Set<StoryReview>().AsNoTracking().Where(r => r.ArticleId == articleId).OrderBy(r => r.At).ThenBy(r => r.Id).ToListAsync(ct);

    public async Task<ILookup<int, StoryReview>> ForManyAsync(IReadOnlyCollection<int> articleIds, CancellationToken ct = default) =>
        (await db.Set<StoryReview>().AsNoTracking().Where(r => articleIds.Contains(r.ArticleId)).OrderBy(r => r.At).ThenBy(r => r.Id).ToListAsync(ct))
        .ToLookup(r => r.ArticleId);
}
