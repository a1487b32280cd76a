using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Stories.Models;
using Intranet.Stories.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Stories.Pages.Historier;

/// <summary>/historier/mine: the author's stories with status and reviewers' comments; withdraw or edit.</summary>
[Authorize]
public sealed class MineModel(StoryQueries stories, StoryHistory history, StorySubmission submission) : PageModel
{
    public IReadOnlyList<Article> Stories { get; private set; } = [];
    public ILookup<int, StoryReview> Reviews { get; private set; } = Array.Empty<StoryReview>().ToLookup(r => r.ArticleId);
    [TempData] public string? StoryMessage { get; set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Stories = await stories.ByAuthorAsync(User.UserId()!, ct);
        Reviews = await history.ForManyAsync(Stories.Select(s => s.Id).ToList(), ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(int id)
    {
        try { await submission.WithdrawAsync(id, User, HttpContext.RequestAborted); }
        catch (StoryNotFoundException) { return NotFound(); }
        StoryMessage = "Historien er trukket tilbake.";
        return RedirectToPage();
    }

    public static bool CanEdit(Article story) => story.Status is not (ArticleStatus.Rejected or ArticleStatus.Archived);
}
