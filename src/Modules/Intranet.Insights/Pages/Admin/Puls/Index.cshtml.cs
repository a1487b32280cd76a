using Intranet.Core.Validation;
using Intranet.Insights.Models;
using Intranet.Insights.Pulse;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Insights.Pages.Admin.Puls;

/// <summary>/admin/puls: communications staff define recurring pulse surveys, pause or delete them (editing: EndreModel).</summary>
[Authorize(Policy = InsightsPermissions.ManagePulse)]
public sealed class IndexModel(PulseAdmin admin) : PageModel
{
    [BindProperty] public PulseSurveyInput Input { get; set; } = new();
    public List<PulseSurvey> Surveys { get; private set; } = [];
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Surveys = await admin.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await admin.CreateAsync(Input, ct);
            Message = "Undersøkelsen er lagret.";
            return RedirectToPage();
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors.ToDictionary(x => x.Key, x => x.Value);
            Surveys = await admin.ListAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostActiveAsync(int id, bool active, CancellationToken ct)
    {
        await admin.SetActiveAsync(id, active, ct);
        Message = active ? "Undersøkelsen er aktiv." : "Undersøkelsen er satt på pause.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        await admin.DeleteAsync(id, ct);
        Message = "Undersøkelsen og svarene er slettet.";
        return RedirectToPage();
    }

    public PulseSurveyForm Form => new(Input, Errors, HasAnswers: false, "Lagre undersøkelsen");
}
