using Intranet.Core.Content;
using Intranet.Core.Security;
using Intranet.Values.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Values.Pages.Values;

/// <summary>The values hub: every value with what it means and how many stories and news show it.</summary>
[Authorize]
public sealed class IndexModel(ValueCatalog catalog, ValueArticles articles, PermissionRegistry permissions) : PageModel
{
    public IReadOnlyList<(LocalizedValue Value, int Count)> Values { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var reader = ReaderContext.From(User, permissions);
        var list = new List<(LocalizedValue, int)>();
        foreach (var value in await catalog.AllAsync(ct))
            list.Add((value, await articles.CountAsync(reader, value.Slug, ct)));
        Values = list;
    }
}
