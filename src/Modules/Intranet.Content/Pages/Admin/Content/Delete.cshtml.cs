using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Pages.Admin.Content;

/// <summary>Asks before deleting: a delete cannot be undone (the audit log keeps that it happened).</summary>
[Authorize(Policy = Permissions.ManageContent)]
public sealed class DeleteModel(IArticleService service, IntranetDbContext db) : PageModel
{
    public Article Article { get; private set; } = null!;
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return NotFound();
        Article = article;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await db.Articles.AnyAsync(a => a.Id == id, ct)) return NotFound();
        await service.DeleteAsync(id, Actor.From(User), ct);
        Message = "Artikkelen er slettet.";
        return Redirect("/admin/innhold");
    }
}
