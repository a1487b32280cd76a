using Intranet.Core.Markdown;
using Intranet.Stories.Services;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Stories.Pages.Historier;

/// <summary>/historier/{id}/rediger: the author (or communications staff) changes a story.</summary>
public sealed class RedigerModel(StorySubmission submission, StoryQueries stories, IMarkdownRenderer markdown, StoryDetailsStore details)
    : StoryEditorPage(submission, stories, markdown)
{
    private readonly StorySubmission _submission = submission;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        try
        {
            var (story, _) = await _submission.EditableAsync(id, User, HttpContext.RequestAborted);
            Form = StoryForm.From(story, await details.GetAsync(id, HttpContext.RequestAborted));
            Status = story.Status;
        }
        catch (StoryNotFoundException) { return NotFound(); }
        catch (StoryForbiddenException) { return Forbid(); }
        await LoadChoicesAsync();
        return Page();
    }
}
