using System.Security.Claims;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Stories.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Services;

/// <summary>Reads and writes a story's own row (consent, comments open, featured, images).</summary>
public sealed class StoryDetailsStore(IntranetDbContext db, IClock clock)
{
    public async Task<StoryDetails> GetAsync(int articleId, CancellationToken ct = default) =>
        await db.Set<StoryDetails>().FirstOrDefaultAsync(d => d.ArticleId == articleId, ct)
        ?? new StoryDetails { ArticleId = articleId };

    /// <summary>Copies the author's consent answers; the consent time stamp moves only when the statement changes.</summary>
    public async Task SaveAsync(int articleId, StoryInput input, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var details = await db.Set<StoryDetails>().FirstOrDefaultAsync(d => d.ArticleId == articleId, ct);
        if (details is null) db.Set<StoryDetails>().Add(details = new StoryDetails { ArticleId = articleId });
        var statement = string.IsNullOrWhiteSpace(input.ConsentStatement) ? null : input.ConsentStatement.Trim();
        if (statement != details.ConsentStatement)
        {
            details.ConsentRecordedAt = statement is null ? null : clock.UtcNow;
            details.ConsentRecordedBy = statement is null ? null : user.DisplayName();
        }
        details.ConsentStatement = statement;
        details.ConsentObtainedAt = input.ConsentObtainedAt?.ToUniversalTime();
        details.NamesPeople = input.NamesPeople;
        details.ImageIds = string.Join(',', input.ImageIds.Select(i => i.Trim()).Where(i => i.Length > 0));
        await db.SaveChangesAsync(ct);
    }
}
