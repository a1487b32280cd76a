using Intranet.Core.Data;
using Intranet.Core.Localization;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Services;

/// <summary>The municipality's values by slug, named in the reader's written standard.</summary>
public sealed class OrgValueNames(IntranetDbContext db)
{
    private List<OrgValue>? _values;

    public async Task<IReadOnlyList<OrgValue>> AllAsync(CancellationToken ct = default) =>
        _values ??= await db.OrgValues.AsNoTracking().OrderBy(v => v.SortOrder).ThenBy(v => v.Name).ToListAsync(ct);

    public async Task<string> NameAsync(string slug, CancellationToken ct = default)
    {
        var value = (await AllAsync(ct)).FirstOrDefault(v => v.Slug == slug);
        return value is null ? slug : DisplayName(value);
    }

    public static string DisplayName(OrgValue value) =>
        Cultures.IsNynorsk && !string.IsNullOrWhiteSpace(value.NameNn) ? value.NameNn : value.Name;
}
