using Intranet.Core.Markdown;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.Stories.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Stories.Pages.Historier;

/// <summary>
/// The editor behind /historier/ny and /historier/{id}/rediger: save as draft, submit, autosave (JS every
/// ~10 s and on blur) and a live preview rendered by the same safe Markdown renderer as the saved story.
/// </summary>
[Authorize]
public abstract class StoryEditorPage(StorySubmission submission, StoryQueries stories, IMarkdownRenderer markdown) : PageModel
{
    [BindProperty] public StoryForm Form { get; set; } = new();

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public IReadOnlyList<OrgValue> Values { get; private set; } = [];
    public ArticleStatus? Status { get; protected set; }
    public bool CanAutosave => Status is null or ArticleStatus.Draft or ArticleStatus.ChangesRequested;

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    protected async Task LoadChoicesAsync()
    {
        Units = await stories.UnitsAsync(HttpContext.RequestAborted);
        Values = await stories.ValuesAsync(HttpContext.RequestAborted);
    }

    /// <summary>"submit" sends it for review; anything else saves a draft (or, for a published story, the edit).</summary>
    public async Task<IActionResult> OnPostAsync(string? action)
    {
        var submit = action == "submit";
        try
        {
            var story = Form.Id is int id
                ? await submission.UpdateAsync(id, Form.ToInput(), User, submit, HttpContext.RequestAborted)
                : await submission.CreateAsync(Form.ToInput(), User, submit, HttpContext.RequestAborted);
            TempData["StoryMessage"] = submit ? "Historien er sendt til vurdering." : "Historien er lagret.";
            return Redirect("/historier/mine");
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            await ReloadStatusAsync();
            await LoadChoicesAsync();
            return Page();
        }
        catch (StoryNotFoundException) { return NotFound(); }
        catch (StoryForbiddenException) { return Forbid(); }
    }

    public async Task<IActionResult> OnPostAutosaveAsync()
    {
        try
        {
            var id = await submission.AutosaveAsync(Form.Id, Form.ToInput(), User, HttpContext.RequestAborted);
            return new JsonResult(new { id, saved = id is not null });
        }
        catch (ValidationFailedException e) { return new JsonResult(new { id = Form.Id, saved = false, errors = e.Errors }); }
        catch (StoryNotFoundException) { return NotFound(); }
        catch (StoryForbiddenException) { return Forbid(); }
    }

    public IActionResult OnPostPreview()
    {
        try { return Content(markdown.ToSafeHtml(Form.Body ?? ""), "text/html; charset=utf-8"); }
        catch (ValidationFailedException e) { return Content($"<p>{System.Net.WebUtility.HtmlEncode(e.Errors.Values.First().First())}</p>", "text/html; charset=utf-8"); }
    }

    private async Task ReloadStatusAsync()
    {
        if (Form.Id is not int id) return;
        try { Status = (await submission.EditableAsync(id, User, HttpContext.RequestAborted, allowFinal: true)).Article.Status; }
        catch (StoryNotFoundException) { Form.Id = null; }
    }
}
