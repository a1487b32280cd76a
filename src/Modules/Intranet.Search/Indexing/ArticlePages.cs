using Intranet.Core.Data;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Search.Indexing;

/// <summary>
/// Reads all articles page by page for a rebuild, with what <see cref="ArticleDocumentBuilder"/> needs, in plain
/// single-table statements: the articles by id range, then their values, tags and reader units by the same range,
/// and the units once. The joined, split query of <see cref="ArticleDocuments.Loadable"/> made SQLite copy every
/// page's bodies (HTML and Markdown) into a subquery and sort them again, which cost several times the reading.
/// Not thread-safe: one instance per rebuild.
/// </summary>
public sealed class ArticlePages(IntranetDbContext db)
{
    private Dictionary<int, Unit>? _units;

    public async Task<List<Article>> NextAsync(int afterId, int size, CancellationToken ct)
    {
        var page = await db.Articles.AsNoTracking().Where(a => a.Id > afterId).OrderBy(a => a.Id).Take(size).Select(a => new Article
        {
            Id = a.Id, Kind = a.Kind, Slug = a.Slug, Title = a.Title, Summary = a.Summary, Language = a.Language,
            BodyHtml = a.BodyHtml, BodyMarkdown = a.BodyHtml == "" ? a.BodyMarkdown : "",
            AuthorId = a.AuthorId, AuthorName = a.AuthorName, UnitId = a.UnitId,
            Audience = a.Audience, Status = a.Status, PublishAt = a.PublishAt, UnpublishAt = a.UnpublishAt,
            PublishedAt = a.PublishedAt, CreatedAt = a.CreatedAt, UpdatedAt = a.UpdatedAt, Version = a.Version,
        }).ToListAsync(ct);
        if (page.Count == 0) return page;
        var (first, last) = (page[0].Id, page[^1].Id);
        var byId = page.ToDictionary(a => a.Id);
        foreach (var v in await db.ArticleValues.AsNoTracking().Where(v => v.ArticleId >= first && v.ArticleId <= last).ToListAsync(ct))
            byId[v.ArticleId].Values.Add(v);
        foreach (var t in await db.ArticleTags.AsNoTracking().Where(t => t.ArticleId >= first && t.ArticleId <= last).ToListAsync(ct))
            byId[t.ArticleId].Tags.Add(t);
        foreach (var r in await db.ArticleReaderUnits.AsNoTracking().Where(r => r.ArticleId >= first && r.ArticleId <= last).ToListAsync(ct))
            byId[r.ArticleId].ReaderUnits.Add(r);
        _units ??= await UnitsAsync(ct);
        foreach (var article in page)
            if (article.UnitId is { } unit) article.Unit = _units.GetValueOrDefault(unit);
        return page;
    }

    /// <summary>Each unit with its parent one level up (as <see cref="ArticleDocuments.Loadable"/> loads them); shared, never changed.</summary>
    private async Task<Dictionary<int, Unit>> UnitsAsync(CancellationToken ct)
    {
        var rows = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Slug, u.ParentId }).ToDictionaryAsync(u => u.Id, ct);
        return rows.Values.ToDictionary(u => u.Id, u => new Unit
        {
            Id = u.Id, Slug = u.Slug, ParentId = u.ParentId,
            Parent = u.ParentId is { } p && rows.TryGetValue(p, out var parent) ? new Unit { Id = parent.Id, Slug = parent.Slug, ParentId = parent.ParentId } : null,
        });
    }
}
