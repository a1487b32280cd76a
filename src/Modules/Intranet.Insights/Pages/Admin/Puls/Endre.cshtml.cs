using Intranet.Core.Validation;
using Intranet.Insights.Pulse;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Insights.Pages.Admin.Puls;

/// <summary>/admin/puls/{id}/endre: edit a pulse survey without changing the meaning of answers already given (see PulseEditRules).</summary>
[Authorize(Policy = InsightsPermissions.ManagePulse)]
public sealed class EndreModel(PulseAdmin admin) : PageModel
{
    [BindProperty] public PulseSurveyInput Input { get; set; } = new();
    public string Title { get; private set; } = "";
    public bool HasAnswers { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public PulseSurveyForm Form => new(Input, Errors, HasAnswers, "Lagre endringene");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input = PulseSurveyInput.From((await admin.FindAsync(id, ct))!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        try
        {
            await admin.UpdateAsync(id, Input, ct);
            TempData["Message"] = "Endringene er lagret.";
            return Redirect("/admin/puls");
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors.ToDictionary(x => x.Key, x => x.Value);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await admin.FindAsync(id, ct) is not { } survey) return false;
        Title = survey.Title;
        HasAnswers = (await admin.AnsweredQuestionsAsync(id, ct)).Count > 0;
        return true;
    }
}
