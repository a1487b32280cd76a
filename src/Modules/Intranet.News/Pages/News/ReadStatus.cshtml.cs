using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.News.Models;
using Intranet.News.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Pages.News;

/// <summary>
/// /nyheter/{id}/lesestatus: for communications staff only, and only for must-read items — the share of
/// confirmations per unit, who confirmed, and a reminder to those who have not.
/// </summary>
[Authorize(Policy = NewsPermissions.Manage)]
public sealed class ReadStatusModel(IntranetDbContext db, MustReadService mustRead) : PageModel
{
    public Article Article { get; private set; } = null!;
    public bool IsMustRead { get; private set; }
    public List<UnitReadShare> Shares { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRemindAsync(int id, int? unitId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!IsMustRead) return BadRequest();
        var count = await mustRead.RemindAsync(id, unitId, Actor.From(User), ct);
        TempData["status"] = count.ToString();
        return Redirect($"/nyheter/{id}/lesestatus");
    }

    public int Total => Shares.Sum(s => s.Employees);
    public int TotalConfirmed => Shares.Sum(s => s.Confirmed);
    public string? RemindedCount => TempData.Peek("status") as string;

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Kind == ArticleKinds.News, ct);
        if (article is null) return false;
        Article = article;
        IsMustRead = await db.Set<NewsItem>().AnyAsync(n => n.ArticleId == id && n.MustRead, ct);
        if (IsMustRead) Shares = await mustRead.SharesAsync(id, ct);
        return true;
    }
}
