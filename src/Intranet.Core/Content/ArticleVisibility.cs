using Intranet.Core.Models;

namespace Intranet.Core.Content;

/// <summary>
/// The one rule for who may read an article, as a query filter so lists, counts and pages agree.
/// A live article is readable by every signed-in reader (anonymous readers: public ones only) unless it is
/// restricted to units (<see cref="ArticleReaderUnit"/>): then only readers in or leading those units.
/// </summary>
public static class ArticleVisibility
{
    public static IQueryable<Article> VisibleTo(this IQueryable<Article> articles, ReaderContext reader, DateTimeOffset now)
    {
        if (reader.CanManageContent) return articles;
        var userId = reader.UserId;
        var unitId = reader.UnitId ?? -1;
        var led = reader.LedUnitIds;
        if (!reader.IsAuthenticated)
            return articles.Live(now).Where(a => a.Audience == Audience.Public && !a.ReaderUnits.Any());
        return articles.Where(a =>
            (a.Status == ArticleStatus.Published
             && (a.PublishAt == null || a.PublishAt <= now)
             && (a.UnpublishAt == null || a.UnpublishAt > now)
             && (!a.ReaderUnits.Any() || a.ReaderUnits.Any(r => r.UnitId == unitId || led.Contains(r.UnitId))))
            || (userId != null && a.AuthorId == userId)
            || (a.Status == ArticleStatus.Submitted && a.UnitId != null && led.Contains(a.UnitId.Value)));
    }

    public static IQueryable<Article> Live(this IQueryable<Article> articles, DateTimeOffset now) =>
        articles.Where(a => a.Status == ArticleStatus.Published
                            && (a.PublishAt == null || a.PublishAt <= now)
                            && (a.UnpublishAt == null || a.UnpublishAt > now));

    /// <summary>In-memory form of the rule. The article's ReaderUnits must be loaded (Include) for restricted items.</summary>
    public static bool CanRead(this Article a, ReaderContext reader, DateTimeOffset now)
    {
        if (reader.CanManageContent) return true;
        if (reader.UserId != null && a.AuthorId == reader.UserId) return true;
        var allowedHere = a.ReaderUnits.Count == 0 || reader.BelongsToAny(a.ReaderUnits.Select(r => r.UnitId));
        if (a.IsLive(now) && allowedHere) return reader.IsAuthenticated || a.Audience == Audience.Public;
        if (!reader.IsAuthenticated) return false;
        return a.Status == ArticleStatus.Submitted && a.UnitId is int u && reader.LedUnitIds.Contains(u);
    }
}
