using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.Stories.Models;
using Intranet.Stories.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Stories.Pages.Historier;

/// <summary>
/// /historier/innboks: submitted stories for communications staff (all) and unit leaders (their units).
/// Approve now or at a set time, request changes with a comment, or reject with a reason.
/// </summary>
[Authorize]
public sealed class InnboksModel(StoryQueries stories, StoryReaders readers, StoryReviewService reviews, StoryDetailsStore details, StoryHistory history)
    : PageModel
{
    public IReadOnlyList<Article> Stories { get; private set; } = [];
    public Dictionary<int, StoryDetails> Details { get; } = [];
    public ILookup<int, StoryReview> Reviews { get; private set; } = Array.Empty<StoryReview>().ToLookup(r => r.ArticleId);
    public IReadOnlyList<OrgValue> Values { get; private set; } = [];
    public int? ErrorStoryId { get; private set; }
    public string? Error { get; private set; }
    [TempData] public string? ReviewMessage { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(int id, string? decision, string? comment, DateTime? publishAt)
    {
        try
        {
            if (!ReviewDecisions.TryParse(decision, out var d)) throw ValidationFailedException.For("decision", "Velg en beslutning.");
            var when = publishAt is { } local ? StoryText.FromNorwegianLocal(local) : (DateTimeOffset?)null;
            await reviews.DecideAsync(id, d, comment, when, User, HttpContext.RequestAborted);
            ReviewMessage = ReviewDecisions.Label(d.ApiName());
            return RedirectToPage();
        }
        catch (ValidationFailedException e)
        {
            (ErrorStoryId, Error) = (id, e.Errors.Values.First().First());
            return await LoadAsync() ? Page() : Forbid();
        }
        catch (StoryForbiddenException) { return Forbid(); }
        catch (StoryNotFoundException) { return NotFound(); }
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var reader = await readers.ForAsync(User, ct);
        if (!StoryReaders.IsReviewer(reader)) return false;
        Stories = await stories.InboxAsync(reader, ct);
        foreach (var s in Stories) Details[s.Id] = await details.GetAsync(s.Id, ct);
        Reviews = await history.ForManyAsync(Stories.Select(s => s.Id).ToList(), ct);
        Values = await stories.ValuesAsync(ct);
        return true;
    }
}
