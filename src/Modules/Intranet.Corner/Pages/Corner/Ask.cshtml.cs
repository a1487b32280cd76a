using Intranet.Core.Validation;
using Intranet.Corner.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Corner.Pages.Corner;

/// <summary>/hjornet/spor: any employee asks the chief executive, optionally anonymously.</summary>
[Authorize]
public sealed class AskModel(QuestionBox questions) : PageModel
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public bool Anonymous { get; set; }
    [BindProperty(SupportsGet = true)] public bool Sendt { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await questions.AskAsync(User, Text, Anonymous, ct);
            return Redirect("/hjornet/spor?sendt=true");
        }
        catch (ValidationFailedException e)
        {
            Error = e.Errors.Values.SelectMany(m => m).First();
            return Page();
        }
    }
}
