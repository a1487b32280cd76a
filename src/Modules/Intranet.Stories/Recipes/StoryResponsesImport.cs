using System.Text.Json;
using Intranet.Core.Data;
using Intranet.Core.Recipes;
using Intranet.Stories.Models;
using Intranet.Stories.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Recipes;

/// <summary>
/// Colleagues' applause (<c>"applause": ["username", …]</c>, one per person) and comments
/// (<c>{"by", "text", "daysAfter"}</c>, dated from publication) on a story. Applause is matched by person, a comment
/// by person and text; what is already there is left alone. Demo users left out outside Development are skipped.
/// </summary>
internal sealed class StoryResponsesImport(
    IntranetDbContext db, IReadOnlyDictionary<string, string> users, IReadOnlyDictionary<string, (string Id, string DisplayName)> people, DateTimeOffset now)
{
    public async Task ImportAsync(RecipeStory story, JsonElement item, RecipeContext context, string path, CancellationToken ct)
    {
        foreach (var username in item.People("applause", context, path))
        {
            if (RecipeActivity.UserId(username, users, context, $"{path}.applause") is not { } userId) continue;
            if (await db.Set<StoryReaction>().AnyAsync(r => r.ArticleId == story.Id && r.UserId == userId, ct)) continue;
            db.Set<StoryReaction>().Add(new StoryReaction { ArticleId = story.Id, UserId = userId });
            context.Changed();
        }
        foreach (var (comment, commentPath) in item.List("comments", context, path))
            await CommentAsync(story, comment, context, commentPath, ct);
    }

    private async Task CommentAsync(RecipeStory story, JsonElement comment, RecipeContext context, string path, CancellationToken ct)
    {
        var by = comment.RequiredString("by", context, path);
        var text = comment.RequiredString("text", context, path).Trim();
        if (text.Length > StoryComments.MaxLength) throw context.Error($"{path}.text", $"kan ha høyst {StoryComments.MaxLength} tegn.");
        var days = comment.Days("daysAfter", context, path);
        context.EnsureUnique($"story-comment:{story.Id}:{by}", text, $"{path}.text");
        if (RecipeActivity.UserId(by, users, context, $"{path}.by") is not { } userId) return;
        if (await db.Set<StoryComment>().AnyAsync(c => c.ArticleId == story.Id && c.AuthorId == userId && c.Body == text, ct)) return;
        db.Set<StoryComment>().Add(new StoryComment
        {
            ArticleId = story.Id, AuthorId = userId, AuthorName = people[by].DisplayName, Body = text,
            CreatedAt = RecipeActivity.At(story.Published, days, now),
        });
        context.Changed();
    }
}
