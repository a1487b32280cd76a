using Intranet.Content.Services;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Pages.Admin.Content;

/// <summary>All articles, whatever their status, for communications staff; filter by kind and status.</summary>
[Authorize(Policy = Permissions.ManageContent)]
public sealed class IndexModel(IntranetDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "side")] public int? PageNumber { get; set; }

    public PagedResult<Article> Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!ArticleKinds.IsKnown(Kind)) Kind = null;
        var status = ParseStatus(Status);
        if (status is null) Status = null;
        var query = db.Articles.AsNoTracking();
        if (Kind is not null) query = query.Where(a => a.Kind == Kind);
        if (status is not null) query = query.Where(a => a.Status == status);
        var page = PageRequest.From(PageNumber, 25, 25);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id)
            .Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        Result = new PagedResult<Article>(total, items, page);
    }

    public static ArticleStatus? ParseStatus(string? text) =>
        Enum.GetValues<ArticleStatus>().Cast<ArticleStatus?>().FirstOrDefault(s => StatusNames.Kebab(s!.Value) == text);

    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (Kind is not null) query.Add("kind=" + Kind);
        if (Status is not null) query.Add("status=" + Status);
        if (page > 1) query.Add("side=" + page);
        return "/admin/innhold" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
