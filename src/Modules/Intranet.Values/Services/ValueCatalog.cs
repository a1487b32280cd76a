using Intranet.Core.Data;
using Intranet.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Services;

/// <summary>The municipality's values in order, loaded once per request (badges ask for them many times per page).</summary>
public sealed class ValueCatalog(IntranetDbContext db)
{
    private List<Core.Models.OrgValue>? _all;

    public async Task<IReadOnlyList<LocalizedValue>> AllAsync(CancellationToken ct = default)
    {
        _all ??= await db.OrgValues.AsNoTracking().OrderBy(v => v.SortOrder).ThenBy(v => v.Name).ToListAsync(ct);
        var language = Cultures.Current;
        return _all.Select(v => LocalizedValue.From(v, language)).ToList();
    }

    public async Task<LocalizedValue?> BySlugAsync(string slug, CancellationToken ct = default) =>
        (await AllAsync(ct)).FirstOrDefault(v => v.Slug == slug);

    /// <summary>The named values in the catalog's order; unknown slugs are left out.</summary>
    public async Task<IReadOnlyList<LocalizedValue>> ForSlugsAsync(IEnumerable<string> slugs, CancellationToken ct = default)
    {
        var wanted = slugs.ToHashSet(StringComparer.Ordinal);
        return (await AllAsync(ct)).Where(v => wanted.Contains(v.Slug)).ToList();
    }
}
