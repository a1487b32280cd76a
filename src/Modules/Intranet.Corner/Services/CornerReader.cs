using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Localization;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Corner.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Corner.Services;

/// <summary>Corner posts a reader may read, through the core read rule; and the corner's label setting.</summary>
public sealed class CornerReader(IntranetDbContext db, IClock clock)
{
    /// <summary>The recipe's site setting (the demo sets it); "corner:labelNn" holds the nynorsk form.</summary>
    public const string LabelSetting = "corner:label";
    public const string DefaultLabel = "Kommunedirektørens hjørne";

    public Task<List<Article>> LatestAsync(ReaderContext reader, int take, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        return db.Articles.Live(now).VisibleTo(reader, now).Where(a => a.Kind == ArticleKinds.Corner)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(take).AsNoTracking().ToListAsync(ct);
    }

    public Task<Article?> BySlugAsync(ReaderContext reader, string slug, CancellationToken ct = default) =>
        db.Articles.AsNoTracking().Where(a => a.Kind == ArticleKinds.Corner).VisibleTo(reader, clock.UtcNow)
            .FirstOrDefaultAsync(a => a.Slug == slug, ct);

    public Task<CornerPost?> PostAsync(int articleId, CancellationToken ct = default) =>
        db.Set<CornerPost>().AsNoTracking().FirstOrDefaultAsync(p => p.ArticleId == articleId, ct);

    /// <summary>Live posts the reader may read, published in [from, to), newest first: the archive for one year.</summary>
    public Task<List<Article>> PublishedBetweenAsync(ReaderContext reader, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        return db.Articles.Live(now).VisibleTo(reader, now).Where(a => a.Kind == ArticleKinds.Corner)
            .Where(a => a.PublishedAt >= from && a.PublishedAt < to)
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).AsNoTracking().ToListAsync(ct);
    }

    /// <summary>When each readable live post was published (the corner has a few hundred posts at most).</summary>
    public async Task<List<DateTimeOffset>> PublishedTimesAsync(ReaderContext reader, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        var times = await db.Articles.Live(now).VisibleTo(reader, now).Where(a => a.Kind == ArticleKinds.Corner && a.PublishedAt != null)
            .Select(a => a.PublishedAt).ToListAsync(ct);
        return times.Select(t => t!.Value).ToList();
    }

    /// <summary>The type of each listed post, for "Notat til formannskap og kommunestyre" labels.</summary>
    public Task<Dictionary<int, CornerPostType>> TypesAsync(IEnumerable<int> articleIds, CancellationToken ct = default)
    {
        var ids = articleIds.ToList();
        return db.Set<CornerPost>().AsNoTracking().Where(p => ids.Contains(p.ArticleId)).ToDictionaryAsync(p => p.ArticleId, p => p.Type, ct);
    }

    /// <summary>"Kommunedirektørens hjørne" unless the municipality named it otherwise ("Rådmannens hjørne").</summary>
    public async Task<string> LabelAsync(CancellationToken ct = default) =>
        await LocalizedSetting.ReadAsync(db, LabelSetting, ct) ?? DefaultLabel;
}
