using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Pages.Admin.Content;

/// <summary>An article's kept versions (restore any of them) and its audit log.</summary>
[Authorize(Policy = Permissions.ManageContent)]
public sealed class HistoryModel(IArticleService service, IntranetDbContext db) : PageModel
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleVersion> Versions { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (article is null) return NotFound();
        Article = article;
        Versions = await db.ArticleVersions.AsNoTracking().Where(v => v.ArticleId == id)
            .OrderByDescending(v => v.VersionNumber).ToListAsync(ct);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Audit = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == "article" && e.EntityId == key)
            .OrderByDescending(e => e.Id).Take(200).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, int version, CancellationToken ct)
    {
        if (!await db.Articles.AnyAsync(a => a.Id == id, ct)) return NotFound();
        try
        {
            await service.RestoreVersionAsync(id, version, Actor.From(User), ct);
            Message = "Versjonen er gjenopprettet.";
        }
        catch (ValidationFailedException e)
        {
            Message = e.Errors.Values.SelectMany(m => m).FirstOrDefault();
        }
        return Redirect($"/admin/innhold/{id}/historikk");
    }
}
