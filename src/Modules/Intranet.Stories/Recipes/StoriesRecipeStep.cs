using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Recipes;
using Intranet.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Recipes;

/// <summary>
/// The "stories" step: what happened to stories the <c>articles</c> step wrote — when each was sent for review and
/// the reviewers' decisions, applause and comments — dated in days from the story's publication:
/// <c>{"step": "stories", "stories": [{"article": "slug", "submittedDaysBefore": 4, "reviews": [...], "applause": [...], "comments": [...]}]}</c>.
/// Matched by story; existing history, applause and comments are left alone, so importing again changes nothing.
/// This is people's activity, like praise: it is not exported.
/// </summary>
internal sealed class StoriesRecipeStep(IntranetDbContext db, IClock clock) : IRecipeStep
{
    public string Name => "stories";
    public int Order => 45;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var stories = await db.Articles.AsNoTracking().Where(a => a.Kind == ArticleKinds.Story)
            .ToDictionaryAsync(a => a.Slug, a => new RecipeStory(a.Id, a.AuthorId, a.AuthorName, a.PublishedAt ?? a.CreatedAt), ct);
        var people = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.DisplayName), ct);
        var users = people.ToDictionary(p => p.Key, p => p.Value.Id);
        var now = clock.UtcNow;
        var history = new StoryReviewHistoryImport(db, users, people, now);
        var responses = new StoryResponsesImport(db, users, people, now);
        foreach (var (item, path) in step.Items("stories", context))
        {
            var slug = item.RequiredString("article", context, path);
            context.EnsureUnique("story-activity", slug, $"{path}.article");
            var story = stories.GetValueOrDefault(slug) ?? throw context.Error($"{path}.article", $"historien «{slug}» finnes ikke.");
            await history.ImportAsync(story, item, context, path, ct);
            await responses.ImportAsync(story, item, context, path, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    public Task<JsonObject?> ExportAsync(CancellationToken ct) => Task.FromResult<JsonObject?>(null);
}

/// <summary>A story the step refers to: its id, author and the moment its activity is dated from.</summary>
internal sealed record RecipeStory(int Id, string? AuthorId, string AuthorName, DateTimeOffset Published);
