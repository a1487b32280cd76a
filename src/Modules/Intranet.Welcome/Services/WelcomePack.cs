using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Services;

/// <summary>Reads a welcome pack: the municipality's sections, then the unit's, each in the reader's language first.</summary>
public sealed class WelcomePack(IntranetDbContext db, IClock clock)
{
    public Task<List<PackSection>> CommonAsync(ReaderContext reader, string language, CancellationToken ct = default) =>
        SectionsAsync(db.Set<WelcomeSection>().Where(s => s.UnitId == null), reader, language, ct);

    public Task<List<PackSection>> ForUnitAsync(int unitId, ReaderContext reader, string language, CancellationToken ct = default) =>
        SectionsAsync(db.Set<WelcomeSection>().Where(s => s.UnitId == unitId), reader, language, ct);

    private async Task<List<PackSection>> SectionsAsync(IQueryable<WelcomeSection> sections, ReaderContext reader, string language, CancellationToken ct)
    {
        var rows = await sections.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(ct);
        var ids = rows.SelectMany(s => new[] { s.ArticleId, s.TranslationArticleId ?? 0 }).Where(id => id != 0).ToList();
        var now = clock.UtcNow;
        var articles = await db.Articles.AsNoTracking().Live(now).VisibleTo(reader, now)
            .Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var result = new List<PackSection>();
        foreach (var row in rows)
        {
            var primary = articles.GetValueOrDefault(row.ArticleId);
            var translation = row.TranslationArticleId is int t ? articles.GetValueOrDefault(t) : null;
            var chosen = translation is not null && translation.Language == language && primary?.Language != language ? translation : primary ?? translation;
            if (chosen is null) continue;
            var other = chosen == primary ? translation : primary;
            result.Add(new PackSection(row.Id, row.UnitId, row.SortOrder, chosen.Id, chosen.Title, chosen.BodyHtml, chosen.Language, chosen.Slug, other?.Id));
        }
        return result;
    }
}
