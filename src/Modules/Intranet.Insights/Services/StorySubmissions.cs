using Intranet.Core.Data;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Services;

/// <summary>
/// When each story was first sent for review, read from Content's audit log (a create or status change to
/// Submitted). Stories that never passed review there (e.g. imported as published) count from their publication.
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
        var result = new Dictionary<int, DateTimeOffset>();
        foreach (var story in stories)
        {
            if (firstSubmit.TryGetValue(story.Id, out var at)) result[story.Id] = at;
            else if (story.Status != ArticleStatus.Draft) result[story.Id] = story.PublishedAt ?? story.CreatedAt;
        }
        return result;
    }

    private static bool IsSubmit(string action, string details) =>
        action == "create" ? details.EndsWith($"({Submitted})", StringComparison.Ordinal) : details.Contains($"→ {Submitted}", StringComparison.Ordinal);
}
