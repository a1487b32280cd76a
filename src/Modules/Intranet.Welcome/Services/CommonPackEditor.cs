using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.Welcome.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Services;

/// <summary>
/// Communications staff put the municipality's welcome articles into the pack, order them and pair translations.
/// The articles themselves are written in the content admin; this only decides which ones the pack shows.
/// </summary>
public sealed class CommonPackEditor(IntranetDbContext db, IAuditLog audit)
{
    public sealed record Row(WelcomeSection Section, Article Article, Article? Translation);

    public async Task<List<Row>> SectionsAsync(CancellationToken ct = default)
    {
        var sections = await db.Set<WelcomeSection>().AsNoTracking().Where(s => s.UnitId == null).OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(ct);
        var ids = sections.SelectMany(s => new[] { s.ArticleId, s.TranslationArticleId ?? 0 }).ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return sections.Where(s => articles.ContainsKey(s.ArticleId))
            .Select(s => new Row(s, articles[s.ArticleId], s.TranslationArticleId is int t ? articles.GetValueOrDefault(t) : null)).ToList();
    }

    /// <summary>Welcome articles in no pack yet (neither as a section nor as a translation); units' own are always in theirs.</summary>
    public async Task<List<Article>> CandidatesAsync(CancellationToken ct = default)
    {
        var used = db.Set<WelcomeSection>().Select(s => s.ArticleId)
            .Concat(db.Set<WelcomeSection>().Where(s => s.TranslationArticleId != null).Select(s => s.TranslationArticleId!.Value));
        return await db.Articles.AsNoTracking()
            .Where(a => a.Kind == ArticleKinds.Welcome && a.Status != ArticleStatus.Archived && !used.Contains(a.Id))
            .OrderBy(a => a.Title).ToListAsync(ct);
    }

    public async Task AddAsync(int? articleId, int? translationId, Actor actor, CancellationToken ct = default)
    {
        var candidates = (await CandidatesAsync(ct)).Select(a => a.Id).ToHashSet();
        if (articleId is not int id || !candidates.Contains(id)) throw ValidationFailedException.For("ArticleId", "Velg en velkomstartikkel som ikke er i pakken.");
        if (translationId is int t && (t == id || !candidates.Contains(t))) throw ValidationFailedException.For("TranslationId", "Velg en annen artikkel som oversettelse.");
        var last = await db.Set<WelcomeSection>().Where(s => s.UnitId == null).MaxAsync(s => (int?)s.SortOrder, ct) ?? 0;
        db.Add(new WelcomeSection { ArticleId = id, TranslationArticleId = translationId, SortOrder = last + 1 });
        audit.Record(actor, "welcome-add", "article", id.ToString(), "lagt til i velkomstpakken");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Swaps the section with its neighbour above (-1) or below (+1).</summary>
    public async Task MoveAsync(int sectionId, int direction, CancellationToken ct = default)
    {
        var sections = await db.Set<WelcomeSection>().Where(s => s.UnitId == null).OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(ct);
        var index = sections.FindIndex(s => s.Id == sectionId);
        var other = index + Math.Sign(direction);
        if (index < 0 || other < 0 || other >= sections.Count) return;
        (sections[index], sections[other]) = (sections[other], sections[index]);
        for (var i = 0; i < sections.Count; i++) sections[i].SortOrder = i + 1;
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveAsync(int sectionId, Actor actor, CancellationToken ct = default)
    {
        var section = await db.Set<WelcomeSection>().FirstOrDefaultAsync(s => s.Id == sectionId && s.UnitId == null, ct);
        if (section is null) return;
        db.Remove(section);
        audit.Record(actor, "welcome-remove", "article", section.ArticleId.ToString(), "tatt ut av velkomstpakken");
        await db.SaveChangesAsync(ct);
    }
}
