using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Intranet.Values.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Pages.Values.Roser;

/// <summary>/verdier/roser/ny: thank a colleague or a team for living one or more values.</summary>
[Authorize]
public sealed class NyModel(IntranetDbContext db, ValueCatalog catalog, PraiseSender sender) : PageModel
{
    [BindProperty] public PraiseInput Input { get; set; } = new();
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public IReadOnlyList<LocalizedValue> Values { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name, string? Unit)> Colleagues { get; private set; } = [];
    public IReadOnlyList<Unit> Sectors { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(string? verdi, CancellationToken ct)
    {
        Input.Recipient = PraiseInput.ToPerson;
        if (!string.IsNullOrEmpty(verdi)) Input.Values.Add(verdi);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await sender.SendAsync(Input, User.UserId()!, User.DisplayName(), ct);
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            await LoadAsync(ct);
            return Page();
        }
        Message = "Takk! Verdirosen er sendt.";
        return Redirect("/verdier/roser/mine#sendt");
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        Values = await catalog.AllAsync(ct);
        var me = User.UserId();
        Colleagues = (await db.Users.AsNoTracking().Where(u => u.Id != me).OrderBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.DisplayName, Unit = u.Unit == null ? null : u.Unit.Name }).ToListAsync(ct))
            .Select(u => (u.Id, u.DisplayName, u.Unit)).ToList();
        Sectors = await db.Units.AsNoTracking().Where(u => u.ParentId == null).Include(u => u.Children.OrderBy(c => c.Name))
            .OrderBy(u => u.Name).ToListAsync(ct);
    }
}
