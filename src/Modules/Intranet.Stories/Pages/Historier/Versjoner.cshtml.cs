using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Pages.Historier;

/// <summary>/historier/{id}/versjoner: communications staff see earlier versions and restore one.</summary>
[Authorize(Policy = Permissions.ManageContent)]
public sealed class VersjonerModel(IntranetDbContext db, IArticleService articles) : PageModel
{
    public Article Story { get; private set; } = null!;
    public IReadOnlyList<ArticleVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, int version)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Versions.All(v => v.VersionNumber != version)) return NotFound();
        await articles.RestoreVersionAsync(id, version, Actor.From(User), HttpContext.RequestAborted);
        return Redirect(Story.Url);
    }

    private async Task<bool> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var story = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Kind == ArticleKinds.Story, ct);
        if (story is null) return false;
        Story = story;
        Versions = await db.ArticleVersions.AsNoTracking().Where(v => v.ArticleId == id).OrderByDescending(v => v.VersionNumber).ToListAsync(ct);
        return true;
    }
}
