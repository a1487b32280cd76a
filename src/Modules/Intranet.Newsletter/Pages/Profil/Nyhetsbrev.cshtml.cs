using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Newsletter.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Pages.Profil;

/// <summary>/profil/nyhetsbrev: weekly (default), daily or no digest. The unsubscribe link in every mail points here.</summary>
[Authorize]
public sealed class NyhetsbrevModel(IntranetDbContext db) : PageModel
{
    [BindProperty] public DigestFrequency Frequency { get; set; } = DigestFrequency.Weekly;
    public bool Saved { get; private set; }

    public async Task OnGetAsync(bool lagret, CancellationToken ct)
    {
        Saved = lagret;
        var userId = User.UserId()!;
        Frequency = await db.Set<DigestPreference>().Where(p => p.UserId == userId).Select(p => p.Frequency).FirstOrDefaultAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Enum.IsDefined(Frequency)) Frequency = DigestFrequency.Weekly;
        var userId = User.UserId()!;
        var pref = await db.Set<DigestPreference>().FirstOrDefaultAsync(p => p.UserId == userId, ct);
        if (pref is null) db.Add(pref = new DigestPreference { UserId = userId });
        pref.Frequency = Frequency;
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { lagret = true });
    }
}
