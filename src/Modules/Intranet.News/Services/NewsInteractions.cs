using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.News.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Services;

/// <summary>Comments and reactions on news, when communications staff have left them open for the item.</summary>
public sealed class NewsInteractions(IntranetDbContext db, IClock clock)
{
    public const int MaxCommentLength = 2000;

    public Task<List<NewsComment>> CommentsAsync(int articleId, CancellationToken ct = default) =>
        db.Set<NewsComment>().AsNoTracking().Where(c => c.ArticleId == articleId).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(ct);

    public async Task AddCommentAsync(int articleId, string userId, string authorName, string? body, CancellationToken ct = default)
    {
        var text = (body ?? "").Trim();
        if (text.Length == 0) throw ValidationFailedException.For("comment", "Skriv en kommentar.");
        if (text.Length > MaxCommentLength) throw ValidationFailedException.For("comment", $"Kommentaren kan ha høyst {MaxCommentLength} tegn.");
        db.Add(new NewsComment { ArticleId = articleId, UserId = userId, AuthorName = authorName, Body = text, CreatedAt = clock.UtcNow });
        await db.SaveChangesAsync(ct);
    }

    public async Task ToggleReactionAsync(int articleId, string userId, string kind, CancellationToken ct = default)
    {
        if (!NewsReaction.Kinds.ContainsKey(kind)) throw ValidationFailedException.For("reaction", "Ukjent reaksjon.");
        var existing = await db.Set<NewsReaction>().FirstOrDefaultAsync(r => r.ArticleId == articleId && r.UserId == userId && r.Kind == kind, ct);
        if (existing is null) db.Add(new NewsReaction { ArticleId = articleId, UserId = userId, Kind = kind });
        else db.Remove(existing);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Dictionary<string, (int Count, bool Mine)>> ReactionsAsync(int articleId, string? userId, CancellationToken ct = default)
    {
        var rows = await db.Set<NewsReaction>().Where(r => r.ArticleId == articleId).Select(r => new { r.Kind, r.UserId }).ToListAsync(ct);
        return NewsReaction.Kinds.Keys.ToDictionary(k => k, k => (rows.Count(r => r.Kind == k), rows.Any(r => r.Kind == k && r.UserId == userId)));
    }
}
