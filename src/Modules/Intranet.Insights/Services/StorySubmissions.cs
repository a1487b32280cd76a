using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Stories.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Services;

/// <summary>
/// When each story was first sent for review: the earliest of Content's audit log (a create or status change to
/// Submitted) and a "submit" row in the Stories review history (a recipe's history of imported stories). Stories
/// with neither (e.g. imported as published without a history) count from their publication.
/// </summary>
public sealed class StorySubmissions(IntranetDbContext db)
{
    private const string Submitted = nameof(ArticleStatus.Submitted);

    public async Task<Dictionary<int, DateTimeOffset>> SubmittedAtAsync(IReadOnlyList<StoryFacts> stories, CancellationToken ct)
    {
        var ids = stories.Select(s => s.Id.ToString()).ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "article" && ids.Contains(e.EntityId) && (e.Action == "create" || e.Action == "status"))
            .Where(e => e.Details.Contains(Submitted))
            .Select(e => new { e.EntityId, e.Action, e.Details, e.At }).ToListAsync(ct);
        var firstSubmit = entries.Where(e => IsSubmit(e.Action, e.Details)).GroupBy(e => int.Parse(e.EntityId))
            .ToDictionary(g => g.Key, g => g.Min(e => e.At));
        foreach (var (id, at) in await HistorySubmitsAsync(stories, ct))
            firstSubmit[id] = firstSubmit.TryGetValue(id, out var audited) && audited < at ? audited : at;
        var result = new Dictionary<int, DateTimeOffset>();
        foreach (var story in stories)
        {
            if (firstSubmit.TryGetValue(story.Id, out var at)) result[story.Id] = at;
            else if (story.Status != ArticleStatus.Draft) result[story.Id] = story.PublishedAt ?? story.CreatedAt;
        }
        return result;
    }

    private async Task<List<(int Id, DateTimeOffset At)>> HistorySubmitsAsync(IReadOnlyList<StoryFacts> stories, CancellationToken ct)
    {
        var ids = stories.Select(s => s.Id).ToList();
        var rows = await db.Set<StoryReview>().AsNoTracking().Where(r => ids.Contains(r.ArticleId) && r.Decision == "submit")
            .Select(r => new { r.ArticleId, r.At }).ToListAsync(ct);
        return rows.GroupBy(r => r.ArticleId).Select(g => (g.Key, g.Min(r => r.At))).ToList();
    }

    private static bool IsSubmit(string action, string details) =>
        action == "create" ? details.EndsWith($"({Submitted})", StringComparison.Ordinal) : details.Contains($"→ {Submitted}", StringComparison.Ordinal);
}
