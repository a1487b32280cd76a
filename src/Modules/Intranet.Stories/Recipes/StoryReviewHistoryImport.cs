using System.Text.Json;
using Intranet.Core.Data;
using Intranet.Core.Recipes;
using Intranet.Stories.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Recipes;

/// <summary>
/// A story's review history from a recipe: a "submit" row (the author sent it for review
/// <c>submittedDaysBefore</c> days before publication) and the reviewers' decisions, oldest first, each
/// <c>daysBefore</c> publication (0: the approval that published it). Written only for a story without any history,
/// so it never mixes with decisions made in the app and importing again changes nothing.
/// </summary>
internal sealed class StoryReviewHistoryImport(
    IntranetDbContext db, IReadOnlyDictionary<string, string> users, IReadOnlyDictionary<string, (string Id, string DisplayName)> people, DateTimeOffset now)
{
    public const string Submit = "submit";

    public async Task ImportAsync(RecipeStory story, JsonElement item, RecipeContext context, string path, CancellationToken ct)
    {
        var reviews = item.List("reviews", context, path);
        var hasSubmitted = item.TryGetProperty("submittedDaysBefore", out _);
        if (reviews.Count == 0 && !hasSubmitted) return;
        if (!hasSubmitted) throw context.Error($"{path}.submittedDaysBefore", "mangler: når ble historien sendt til vurdering?");
        var submitted = item.Days("submittedDaysBefore", context, path);
        var rows = new List<StoryReview> { Row(story, story.AuthorId, story.AuthorName, Submit, "", submitted) };
        var previous = submitted;
        foreach (var (review, reviewPath) in reviews)
        {
            var daysBefore = review.Days("daysBefore", context, reviewPath);
            if (daysBefore > previous)
                throw context.Error($"{reviewPath}.daysBefore", "vurderingene må stå i tidsrekkefølge, etter innsendingen.");
            previous = daysBefore;
            rows.Add(Decision(story, review, context, reviewPath, daysBefore));
        }
        if (await db.Set<StoryReview>().AnyAsync(r => r.ArticleId == story.Id, ct)) return;
        db.Set<StoryReview>().AddRange(rows);
        context.Changed(rows.Count);
    }

    private StoryReview Decision(RecipeStory story, JsonElement review, RecipeContext context, string path, int daysBefore)
    {
        var decision = review.RequiredString("decision", context, path);
        if (!ReviewDecisions.TryParse(decision, out var parsed))
            throw context.Error($"{path}.decision", $"«{decision}» er ikke en avgjørelse (approve, request-changes, reject).");
        var comment = (review.OptionalString("comment", context, path) ?? "").Trim();
        if (parsed != ReviewDecision.Approve && comment.Length == 0)
            throw context.Error($"{path}.comment", "mangler: skriv hvorfor historien avvises eller hva som bør endres.");
        if (comment.Length > 4000) throw context.Error($"{path}.comment", "kan ha høyst 4000 tegn.");
        var by = review.RequiredString("by", context, path);
        var reviewerId = RecipeActivity.UserId(by, users, context, $"{path}.by");
        // A reviewer left out outside Development keeps their name in the history, like an article's byline.
        var name = reviewerId is null ? context.WithheldUsers[by] : people[by].DisplayName;
        return Row(story, reviewerId, name, parsed.ApiName(), comment, daysBefore);
    }

    private StoryReview Row(RecipeStory story, string? userId, string name, string decision, string comment, int daysBefore) => new()
    {
        ArticleId = story.Id, ReviewerId = userId, ReviewerName = name, Decision = decision, Comment = comment,
        At = RecipeActivity.At(story.Published, -daysBefore, now),
    };
}
