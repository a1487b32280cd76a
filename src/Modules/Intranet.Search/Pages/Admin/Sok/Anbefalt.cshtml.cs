using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Search.Models;
using Intranet.Search.Querying;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Search.Pages.Admin.Sok;

/// <summary>/admin/sok/anbefalt: pin articles to the top of the results for a query (best bets).</summary>
[Authorize(Policy = Permissions.ManageContent)]
public sealed class AnbefaltModel(IntranetDbContext db, BestBetTable table) : PageModel
{
    public sealed record Row(int Id, string Query, string Title, string Url);

    [BindProperty] public string Query { get; set; } = "";
    [BindProperty] public string Article { get; set; } = "";
    public Dictionary<string, string> Errors { get; } = [];
    public List<Row> Rows { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        var query = UserQueryText.Normalise(Query);
        if (query.Length == 0) Errors["Query"] = "Skriv søket artikkelen skal vises øverst for.";
        var slug = (Article ?? "").Trim().TrimEnd('/').Split('/')[^1];
        var article = slug.Length == 0 ? null : await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, ct);
        if (article is null) Errors["Article"] = "Fant ingen artikkel med den adressen. Lim inn adressen eller kortnavnet (slug).";
        else if (await db.Set<BestBet>().AnyAsync(b => b.Query == query && b.ArticleId == article.Id, ct))
            Errors["Article"] = "Artikkelen er allerede anbefalt for dette søket.";
        if (Errors.Count == 0)
        {
            db.Set<BestBet>().Add(new BestBet { Query = query, ArticleId = article!.Id, Order = await db.Set<BestBet>().CountAsync(b => b.Query == query, ct) });
            await db.SaveChangesAsync(ct);
            table.Invalidate();
            return RedirectToPage();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        await db.Set<BestBet>().Where(b => b.Id == id).ExecuteDeleteAsync(ct);
        table.Invalidate();
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Rows = (await (from b in db.Set<BestBet>()
                       join a in db.Articles on b.ArticleId equals a.Id
                       orderby b.Query, b.Order
                       select new { b.Id, b.Query, a.Title, a.Kind, a.Slug }).ToListAsync(ct))
            .Select(x => new Row(x.Id, x.Query, x.Title, Core.Models.ArticleKinds.Url(x.Kind, x.Slug))).ToList();
}
