using Intranet.Core.Data;
using Intranet.Stories.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Services;

/// <summary>"Applaus": one per person per story; pressing again takes it back.</summary>
public sealed class StoryReactions(IntranetDbContext db)
{
    public Task<int> CountAsync(int articleId, CancellationToken ct = default) =>
        db.Set<StoryReaction>().CountAsync(r => r.ArticleId == articleId, ct);

    public Task<bool> HasAsync(int articleId, string userId, CancellationToken ct = default) =>
        db.Set<StoryReaction>().AnyAsync(r => r.ArticleId == articleId && r.UserId == userId, ct);

    /// <summary>Adds or removes the user's applause; the composite key makes a second row impossible even under a race.</summary>
    public async Task ToggleAsync(int articleId, string userId, CancellationToken ct = default)
    {
        var set = db.Set<StoryReaction>();
        var existing = await set.FirstOrDefaultAsync(r => r.ArticleId == articleId && r.UserId == userId, ct);
        if (existing is null) set.Add(new StoryReaction { ArticleId = articleId, UserId = userId });
        else set.Remove(existing);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) { db.ChangeTracker.Clear(); }
    }
}
