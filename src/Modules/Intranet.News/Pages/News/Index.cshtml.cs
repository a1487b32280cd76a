using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Intranet.Core.Security;
using Intranet.News.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Pages.News;

/// <summary>/nyheter: the news the reader may read, filtered by category, unit and value, targeted items first.</summary>
[Authorize]
public sealed class IndexModel(NewsReader news, ReaderContextFactory readers, IntranetDbContext db, PermissionRegistry permissions) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Kategori { get; set; }
    [BindProperty(SupportsGet = true)] public string? Enhet { get; set; }
    [BindProperty(SupportsGet = true)] public string? Value { get; set; }
    [BindProperty(SupportsGet = true, Name = "side")] public int? Side { get; set; }

    public PagedResult<NewsListItem> Result { get; private set; } = null!;
    public List<Unit> Sectors { get; private set; } = [];
    public List<(string Slug, string Name)> Values { get; private set; } = [];
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var reader = await readers.ForAsync(User, ct);
        Result = await news.ListAsync(reader, new NewsFilter(Kategori, Enhet, Value?.Trim()), PageRequest.From(Side, 15), ct);
        Sectors = await db.Units.AsNoTracking().Where(u => u.ParentId == null).Include(u => u.Children).OrderBy(u => u.Name).ToListAsync(ct);
        Values = await news.ValueNamesAsync(ct);
        CanWrite = permissions.Allows(User, NewsPermissions.Manage);
    }

    public string PageUrl(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrEmpty(Kategori)) query.Add(new("kategori", Kategori));
        if (!string.IsNullOrEmpty(Enhet)) query.Add(new("enhet", Enhet));
        if (!string.IsNullOrEmpty(Value)) query.Add(new("value", Value));
        query.Add(new("side", page.ToString()));
        return "/nyheter" + QueryString.Create(query).ToUriComponent();
    }
}
