using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.News.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Services;

/// <summary>
/// Writes news: the article through IArticleService (audit, versions, change log) and the news part, targets
/// and read restriction in the same transaction, so search and readers never see half a change.
/// </summary>
public sealed class NewsEditor(IntranetDbContext db, IArticleService articles, UnitScope units, MustReadAnnouncer announcer)
{
    public async Task<Article> CreateAsync(NewsInput input, Actor actor, CancellationToken ct = default)
    {
        var targetIds = await CheckedTargetsAsync(input, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var status = input.Publish ? ArticleStatus.Published : ArticleStatus.Draft;
        var article = await articles.CreateAsync(ToArticleInput(input, null, targetIds), actor, status, ct);
        var item = new NewsItem { ArticleId = article.Id };
        db.Add(item);
        await ApplyNewsPartAsync(item, input, targetIds, ct);
        await tx.CommitAsync(ct);
        await announcer.AnnounceAsync(article.Id, ct);
        return article;
    }

    public async Task<Article> UpdateAsync(int id, NewsInput input, Actor actor, CancellationToken ct = default)
    {
        var targetIds = await CheckedTargetsAsync(input, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Articles.AsNoTracking().Include(a => a.Values).Include(a => a.Tags)
            .FirstOrDefaultAsync(a => a.Id == id && a.Kind == ArticleKinds.News, ct) ?? throw new KeyNotFoundException();
        var article = await articles.UpdateAsync(id, ToArticleInput(input, existing, targetIds), actor, ct);
        article = await SyncStatusAsync(article, input, actor, ct);
        var item = await db.Set<NewsItem>().Include(n => n.Targets).FirstOrDefaultAsync(n => n.ArticleId == id, ct);
        if (item is null) db.Add(item = new NewsItem { ArticleId = id });
        await ApplyNewsPartAsync(item, input, targetIds, ct);
        await tx.CommitAsync(ct);
        await announcer.AnnounceAsync(article.Id, ct);
        return article;
    }

    private async Task<Article> SyncStatusAsync(Article article, NewsInput input, Actor actor, CancellationToken ct)
    {
        if (input.Publish && article.Status != ArticleStatus.Published)
            return await articles.SetStatusAsync(article.Id, ArticleStatus.Published, actor, publishAt: input.PublishAt, ct: ct);
        if (!input.Publish && article.Status == ArticleStatus.Published)
            return await articles.SetStatusAsync(article.Id, ArticleStatus.Draft, actor, "trukket tilbake til utkast", ct: ct);
        return article;
    }

    private async Task<List<int>> CheckedTargetsAsync(NewsInput input, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!NewsCategories.IsKnown(input.Category)) errors.Add("category", "Velg en kategori fra listen.");
        if (input.Restricted && input.Units.Count == 0) errors.Add("units", "Velg minst én enhet når nyheten bare skal vises for utvalgte enheter.");
        if (input.Units.Count > 50) errors.Add("units", "Velg høyst 50 enheter.");
        errors.ThrowIfAny();
        return await units.IdsForSlugsAsync(input.Units, ct);
    }

    private static ArticleInput ToArticleInput(NewsInput input, Article? existing, List<int> targetIds) => new()
    {
        Kind = ArticleKinds.News,
        Title = input.Title,
        Summary = input.Summary,
        BodyMarkdown = input.Body,
        Language = input.Language,
        UnitId = targetIds.Count > 0 ? targetIds[0] : existing?.UnitId,
        Audience = Audience.Internal,
        Values = existing?.Values.Select(v => v.ValueSlug).ToList() ?? [],
        Tags = existing?.Tags.Select(t => t.Tag).ToList() ?? [],
        PublishAt = input.PublishAt,
        UnpublishAt = input.UnpublishAt,
    };

    private async Task ApplyNewsPartAsync(NewsItem item, NewsInput input, List<int> targetIds, CancellationToken ct)
    {
        item.Category = input.Category;
        item.Pinned = input.Pinned;
        item.MustRead = input.MustRead;
        item.Restricted = input.Restricted;
        item.CommentsOpen = input.CommentsOpen;
        item.ReactionsOpen = input.ReactionsOpen;
        item.Targets.RemoveAll(t => !targetIds.Contains(t.UnitId));
        foreach (var id in targetIds.Where(id => item.Targets.All(t => t.UnitId != id)))
            item.Targets.Add(new NewsTarget { ArticleId = item.ArticleId, UnitId = id });
        await SyncRestrictionAsync(item.ArticleId, input.Restricted ? await units.ExpandAsync(targetIds, ct) : [], ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Mirrors "restricted to these units" into the core read rule's table.</summary>
    private async Task SyncRestrictionAsync(int articleId, List<int> readerUnits, CancellationToken ct)
    {
        var current = await db.ArticleReaderUnits.Where(r => r.ArticleId == articleId).ToListAsync(ct);
        db.ArticleReaderUnits.RemoveRange(current.Where(r => !readerUnits.Contains(r.UnitId)));
        foreach (var unitId in readerUnits.Where(u => current.All(r => r.UnitId != u)))
            db.ArticleReaderUnits.Add(new ArticleReaderUnit { ArticleId = articleId, UnitId = unitId });
    }
}
