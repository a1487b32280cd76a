using Intranet.Core.Data;
using Intranet.Core.Localization;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Search.Pages;

/// <summary>Readable names for facet values (slugs in the index): unit and value names, kind names, years as they are.</summary>
public sealed class SearchLabels(Dictionary<string, string> units, Dictionary<string, string> values)
{
    public static async Task<SearchLabels> LoadAsync(IntranetDbContext db, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Slug, u => u.Name, ct);
        var nynorsk = Cultures.Current == "nn";
        var values = await db.OrgValues.AsNoTracking()
            .ToDictionaryAsync(v => v.Slug, v => nynorsk && v.NameNn.Length > 0 ? v.NameNn : v.Name, ct);
        return new SearchLabels(units, values);
    }

    public string For(string facet, string value) => facet switch
    {
        "kind" => ArticleKinds.DisplayName(value),
        "unit" => units.GetValueOrDefault(value, value),
        "value" => values.GetValueOrDefault(value, value),
        _ => value,
    };
}
