using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.Values.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Pages.Admin;

/// <summary>/admin/verdier: communications staff edit the values, one form per value.</summary>
[Authorize(Policy = ValuesPermissions.ManageValues)]
public sealed class ValuesModel(IntranetDbContext db, ValueEditor editor) : PageModel
{
    public IReadOnlyList<OrgValue> All { get; private set; } = [];
    /// <summary>The value whose form failed validation, with what was typed.</summary>
    public string? FailedSlug { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    [TempData] public string? Message { get; set; }

    [BindProperty] public ValueEdit Edit { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        try
        {
            if (!await editor.UpdateAsync(slug, Edit, Actor.From(User), ct)) return NotFound();
        }
        catch (ValidationFailedException e)
        {
            FailedSlug = slug;
            Errors = e.Errors;
            await LoadAsync(ct);
            return Page();
        }
        Message = "Verdien er lagret.";
        return Redirect($"/admin/verdier#verdi-{slug}");
    }

    /// <summary>The form's values: what was typed for the value that failed, the stored value otherwise.</summary>
    public ValueEdit FormFor(OrgValue v) => v.Slug == FailedSlug ? Edit : new ValueEdit
    {
        Name = v.Name, NameNn = v.NameNn, Description = v.Description, DescriptionNn = v.DescriptionNn,
        InPractice = v.InPractice, InPracticeNn = v.InPracticeNn, Icon = v.Icon, SortOrder = v.SortOrder,
    };

    public string? ErrorFor(string slug, string field) =>
        slug == FailedSlug && Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    private async Task LoadAsync(CancellationToken ct) =>
        All = await db.OrgValues.AsNoTracking().OrderBy(v => v.SortOrder).ThenBy(v => v.Name).ToListAsync(ct);
}
