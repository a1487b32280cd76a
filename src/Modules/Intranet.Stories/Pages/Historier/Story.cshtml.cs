using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Stories.Models;
using Intranet.Stories.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Intranet.Core.Caching;

namespace Intranet.Stories.Pages.Historier;

/// <summary>
/// /historier/{slug}: one story. Signed-in readers get applause, comments and related stories; anonymous
/// readers only see public live stories in the public layout, without comments or internal data.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = ReaderPageCache.Anonymous)]
public sealed class StoryModel(
    StoryQueries stories, StoryReaders readers, StoryDetailsStore detailsStore, StoryReactions reactions,
    StoryComments comments, StoryCuration curation, StorySubmission submission, StoryHistory history, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Slug { get; set; } = "";
    [BindProperty] public string? CommentText { get; set; }

    public Article Story { get; private set; } = null!;
    public StoryDetails Details { get; private set; } = null!;
    public ReaderContext Reader { get; private set; } = ReaderContext.Anonymous;
    public IReadOnlyList<OrgValue> Values { get; private set; } = [];
    public IReadOnlyList<StoryComment> Comments { get; private set; } = [];
    public IReadOnlyList<StoryReview> Reviews { get; private set; } = [];
    public IReadOnlyList<Article> Related { get; private set; } = [];
    public int Applause { get; private set; }
    public bool HasApplauded { get; private set; }
    public string? CommentError { get; private set; }

    public bool IsPublic => !Reader.IsAuthenticated;
    public bool IsLive => Story.IsLive(clock.UtcNow);
    public bool IsAuthor => Reader.UserId is not null && Story.AuthorId == Reader.UserId;
    public bool CanReview => StoryReviewService.CanReview(Reader, Story);
    public bool CanCloseComments => IsAuthor || Reader.CanManageContent;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostApplausAsync() => Act(async ct => await reactions.ToggleAsync(Story.Id, Reader.UserId!, ct), live: true);

    public async Task<IActionResult> OnPostCommentAsync()
    {
        if (!User.Identity!.IsAuthenticated) return Challenge();
        if (!await LoadAsync() || !Story.IsLive(clock.UtcNow)) return NotFound();
        try { await comments.AddAsync(Story.Id, CommentText ?? "", User, HttpContext.RequestAborted); }
        catch (ValidationFailedException e)
        {
            CommentError = e.Errors.Values.First().First();
            await LoadAsync();
            return Page();
        }
        return Redirect(Story.Url + "#kommentarer");
    }

    public Task<IActionResult> OnPostDeleteCommentAsync(int commentId) =>
        Act(ct => comments.DeleteAsync(Story.Id, commentId, Reader, User, ct), anchor: "#kommentarer");

    public Task<IActionResult> OnPostCommentsOpenAsync(bool closed) =>
        Act(ct => CanCloseComments ? comments.SetClosedAsync(Story.Id, closed, User, ct) : throw Forbidden(), anchor: "#kommentarer");

    public Task<IActionResult> OnPostFeatureAsync(bool featured) =>
        Act(ct => Reader.CanManageContent ? curation.SetFeaturedAsync(Story.Id, featured, User, ct) : throw Forbidden());

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        if (!User.Identity!.IsAuthenticated) return Challenge();
        if (!await LoadAsync()) return NotFound();
        try { await submission.WithdrawAsync(Story.Id, User, HttpContext.RequestAborted); }
        catch (StoryNotFoundException) { return Forbid(); }
        return Redirect("/historier/mine");
    }

    private async Task<IActionResult> Act(Func<CancellationToken, Task> action, bool live = false, string anchor = "")
    {
        if (!User.Identity!.IsAuthenticated) return Challenge();
        if (!await LoadAsync() || (live && !Story.IsLive(clock.UtcNow))) return NotFound();
        try { await action(HttpContext.RequestAborted); }
        catch (StoryForbiddenException) { return Forbid(); }
        catch (StoryNotFoundException) { return NotFound(); }
        return Redirect(Story.Url + anchor);
    }

    private static StoryForbiddenException Forbidden() => new("Du har ikke tilgang til dette.");

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        Reader = await readers.ForAsync(User, ct);
        var story = await stories.BySlugAsync(Reader, Slug, ct);
        if (story is null) return false;
        Story = story;
        Details = await detailsStore.GetAsync(story.Id, ct);
        Values = await stories.ValuesAsync(ct);
        if (IsPublic) return true;
        Comments = await comments.ForAsync(story.Id, ct);
        Applause = await reactions.CountAsync(story.Id, ct);
        HasApplauded = await reactions.HasAsync(story.Id, Reader.UserId!, ct);
        Related = await stories.RelatedAsync(Reader, story, ct: ct);
        if (IsAuthor || CanReview) Reviews = await history.ForAsync(story.Id, ct);
        return true;
    }
}
