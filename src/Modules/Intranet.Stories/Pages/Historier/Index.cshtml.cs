using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Paging;
using Intranet.Stories.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Stories.Pages.Historier;

/// <summary>/historier: the story list with filters; anonymous readers get public stories in the public layout.</summary>
[AllowAnonymous]
public sealed class IndexModel(StoryQueries stories, StoryReaders readers) : PageModel
{
    public const int PageSize = 12;

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }
    [BindProperty(SupportsGet = true)] public string? Value { get; set; }
    [BindProperty(SupportsGet = true, Name = "side")] public int? PageNumber { get; set; }

    public PagedResult<Article> Result { get; private set; } = null!;
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public IReadOnlyList<OrgValue> Values { get; private set; } = [];
    public ReaderContext Reader { get; private set; } = ReaderContext.Anonymous;
    public bool IsPublic => !Reader.IsAuthenticated;

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Reader = await readers.ForAsync(User, ct);
        Result = await stories.ListAsync(Reader, new StoryFilter(Unit, Sector, Value), PageRequest.From(PageNumber, PageSize, PageSize), ct);
        Units = await stories.UnitsAsync(ct);
        Values = await stories.ValuesAsync(ct);
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["unit"] = Unit, ["sector"] = Sector, ["value"] = Value, ["side"] = page.ToString() }
            .Where(p => !string.IsNullOrEmpty(p.Value));
        return "/historier" + QueryString.Create(query).ToUriComponent();
    }
}
