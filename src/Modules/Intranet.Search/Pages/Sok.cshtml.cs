using Intranet.Core.Data;
using Intranet.Search.Querying;
using Intranet.Search.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Search.Pages;

/// <summary>/sok: the search page the header box posts to. Facets are plain filter links; no JavaScript needed.</summary>
[IgnoreAntiforgeryToken]
public sealed class SokModel(SearchService search, SearchReaders readers, SearchStatistics statistics, IntranetDbContext db) : PageModel
{
    public static readonly (string Key, string Title)[] FacetTitles =
        [("kind", "Type"), ("unit", "Enhet"), ("value", "Verdi"), ("year", "År")];

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Value { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "side")] public string? PageText { get; set; }

    public SearchRequest Asked { get; private set; } = new(null);
    public SearchResponse? Result { get; private set; }
    public SearchLabels Labels { get; private set; } = new([], []);
    public int PageCount => Result is null ? 0 : (int)Math.Min(SearchRequest.MaxPage, (Result.Total + Asked.PageSize - 1) / Asked.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Asked = new SearchRequest(Q, Kind, Unit, Value, Api.SearchEndpoints.ParseInt(Year), Sort, Api.SearchEndpoints.ParseInt(PageText) ?? 1).Clamped();
        if (string.IsNullOrWhiteSpace(Q)) return;
        Result = search.Search(Asked, await readers.ForAsync(User, ct));
        Labels = await SearchLabels.LoadAsync(db, ct);
        if (Asked.Page == 1) await statistics.RecordAsync(Q, Result.Total == 0, ct);
    }

    public string FilterValue(string facet) => facet switch
    {
        "kind" => Kind ?? "", "unit" => Unit ?? "", "value" => Value ?? "", "year" => Year ?? "", _ => "",
    };

    /// <summary>This search's URL with some parameters changed (null removes one); always back to page 1 unless given.</summary>
    public string Link(string? q = null, string? facet = null, string? facetValue = null, string? sort = null, int? page = null)
    {
        var p = new Dictionary<string, string?>
        {
            ["q"] = q ?? Q, ["kind"] = Kind, ["unit"] = Unit, ["value"] = Value, ["year"] = Year, ["sort"] = sort ?? Sort,
        };
        if (facet is not null) p[facet] = facetValue;
        if (page is > 1) p["side"] = page.ToString();
        var query = string.Join("&", p.Where(x => !string.IsNullOrEmpty(x.Value)).Select(x => $"{x.Key}={Uri.EscapeDataString(x.Value!)}"));
        return "/sok?" + query;
    }
}
