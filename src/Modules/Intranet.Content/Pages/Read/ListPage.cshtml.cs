using Intranet.Content.Services;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Pages.Read;

/// <summary>The generic list of one kind, with paging and unit/sector/value filters (a GET form).</summary>
[AllowAnonymous]
public sealed class ListPageModel(ArticleReader articles, ReaderContexts readers, OrgValueNames values, IntranetDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public string? Value { get; set; }
    [BindProperty(SupportsGet = true, Name = "side")] public int? PageNumber { get; set; }

    public string Kind { get; private set; } = ArticleKinds.Page;
    public string Section { get; private set; } = "";
    public PagedResult<Article> Result { get; private set; } = null!;
    public IReadOnlyList<Unit> Sectors { get; private set; } = [];
    public IReadOnlyList<OrgValue> Values { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken ct)
    {
        if (ArticleKinds.KindForPath(section) is not { } kind) return NotFound();
        if (User.Identity?.IsAuthenticated != true && kind != ArticleKinds.Story) return Challenge();
        (Kind, Section) = (kind, section);
        Unit = Clean(Unit);
        Sector = Clean(Sector);
        Value = Clean(Value);
        var filter = new ArticleFilter(kind, Unit ?? Sector, Value);
        Result = await articles.ListAsync(await readers.ForAsync(User, ct), filter, PageRequest.From(PageNumber, 12, 12), ct);
        Sectors = await db.Units.AsNoTracking().Where(u => u.ParentId == null).Include(u => u.Children).OrderBy(u => u.Name).ToListAsync(ct);
        Values = await values.AllAsync(ct);
        return Page();
    }

    /// <summary>The query string for another page, keeping the filters.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (Unit is not null) query.Add("unit=" + Uri.EscapeDataString(Unit));
        if (Sector is not null) query.Add("sector=" + Uri.EscapeDataString(Sector));
        if (Value is not null) query.Add("value=" + Uri.EscapeDataString(Value));
        if (page > 1) query.Add("side=" + page);
        return "/" + Section + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Length > 100 ? null : text.Trim();
}
