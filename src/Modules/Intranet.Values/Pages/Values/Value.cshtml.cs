using Intranet.Core.Content;
using Intranet.Core.Paging;
using Intranet.Values.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Values.Pages.Values;

/// <summary>
/// One value: what it means, how we live it, its stories and news (newest or most applauded, paged), counts per
/// sector, and the verdiroser that name it.
/// </summary>
[Authorize]
public sealed class ValueModel(ValueCatalog catalog, ValueArticles articles, PraiseQueries praise, ReaderContextFactory readers,
    IAuthorizationService authorization) : PageModel
{
    public const int PageSize = 12;

    public LocalizedValue Value { get; private set; } = null!;
    public PagedResult<ValueArticle> Articles { get; private set; } = null!;
    public string Order { get; private set; } = ValueArticleOrder.Newest;
    public IReadOnlyList<SectorCount> Sectors { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<PraiseCard> Praise { get; private set; } = [];
    public bool CanModerate { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? sortering, int? side, CancellationToken ct)
    {
        if (await catalog.BySlugAsync(slug, ct) is not { } value) return NotFound();
        Value = value;
        Order = ValueArticleOrder.Parse(sortering);
        var reader = await readers.ForAsync(User, ct);
        Articles = await articles.PageAsync(reader, slug, Order, PageRequest.From(side, PageSize, PageSize), ct);
        Sectors = await articles.PerSectorAsync(reader, slug, ct);
        Total = Sectors.Sum(s => s.Count);
        Praise = await praise.ForValueAsync(slug, ct);
        CanModerate = (await authorization.AuthorizeAsync(User, ValuesPermissions.ModeratePraise)).Succeeded;
        return Page();
    }

    public string ListUrl(string order, int page) =>
        $"/verdier/{Value.Slug}?sortering={order}" + (page > 1 ? $"&side={page}" : "") + "#historier";
}
