using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Intranet.Welcome.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Welcome.Pages.Admin;

/// <summary>/admin/velkommen: which welcome articles make up the municipality's pack, in which order, with which translation.</summary>
[Authorize(Policy = Permissions.ManageContent)]
public sealed class WelcomeModel(CommonPackEditor editor) : PageModel
{
    public IReadOnlyList<CommonPackEditor.Row> Sections { get; private set; } = [];
    public IReadOnlyList<Article> Candidates { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    [TempData] public string? Message { get; set; }

    [BindProperty] public int? ArticleId { get; set; }
    [BindProperty] public int? TranslationId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        try { await editor.AddAsync(ArticleId, TranslationId, Actor.From(User), ct); }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            await LoadAsync(ct);
            return Page();
        }
        Message = "Seksjonen er lagt til i velkomstpakken.";
        return Redirect("/admin/velkommen");
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, int direction, CancellationToken ct)
    {
        await editor.MoveAsync(id, direction, ct);
        // Invariant: in nb a negative number is written with U+2212, which no header may carry.
        return Redirect(FormattableString.Invariant($"/admin/velkommen#seksjon-{id}"));
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        await editor.RemoveAsync(id, Actor.From(User), ct);
        Message = "Seksjonen er tatt ut av velkomstpakken. Artikkelen finnes fortsatt.";
        return Redirect("/admin/velkommen");
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        Sections = await editor.SectionsAsync(ct);
        Candidates = await editor.CandidatesAsync(ct);
    }
}
