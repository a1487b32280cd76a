using Intranet.Core.Content;
using Intranet.Core.Validation;
using Intranet.Corner.Models;
using Intranet.Corner.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Corner.Pages.Corner;

/// <summary>
/// /hjornet/sporsmal: the moderation queue. The chief executive, a delegate or communications staff answer
/// publicly, decline, or hide a question (also an answered one, which then leaves the corner).
/// </summary>
[Authorize]
public sealed class QuestionsModel(QuestionBox questions, CornerAuthors authors) : PageModel
{
    public List<CornerQuestion> New { get; private set; } = [];
    public List<CornerQuestion> Answered { get; private set; } = [];
    public List<CornerQuestion> Declined { get; private set; } = [];
    public List<CornerQuestion> Hidden { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    [BindProperty] public string? Answer { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await authors.MayModerateAsync(User, ct)) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken ct) =>
        Act(() => questions.AnswerAsync(id, Answer, Actor.From(User), ct), ct);

    public Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken ct) =>
        Act(() => questions.DeclineAsync(id, Actor.From(User), ct), ct);

    public Task<IActionResult> OnPostHideAsync(int id, CancellationToken ct) =>
        Act(() => questions.HideAsync(id, Actor.From(User), ct), ct);

    private async Task<IActionResult> Act(Func<Task> action, CancellationToken ct)
    {
        if (!await authors.MayModerateAsync(User, ct)) return Forbid();
        try { await action(); }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            await LoadAsync(ct);
            return Page();
        }
        return Redirect("/hjornet/sporsmal");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        New = await questions.ByStatusAsync(QuestionStatus.New, ct: ct);
        Answered = await questions.ByStatusAsync(QuestionStatus.Answered, 20, ct);
        Declined = await questions.ByStatusAsync(QuestionStatus.Declined, 20, ct);
        Hidden = await questions.ByStatusAsync(QuestionStatus.Hidden, 20, ct);
    }
}
