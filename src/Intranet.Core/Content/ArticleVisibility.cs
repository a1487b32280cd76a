using Intranet.Core.Models;

namespace Intranet.Core.Content;

/// <summary>The one rule for who may read an article, as a query filter so lists, counts and pages agree.</summary>
public static class ArticleVisibility
{
    public static IQueryable<Article> VisibleTo(this IQueryable<Article> articles, ReaderContext reader, DateTimeOffset now)
    {
        if (reader.CanManageContent) return articles;
        var userId = reader.UserId;
        var led = reader.LedUnitIds;
        if (!reader.IsAuthenticated)
            return articles.Live(now).Where(a => a.Audience == Audience.Public);
        return articles.Where(a =>
            (a.Status == ArticleStatus.Published
             && (a.PublishAt == null || a.PublishAt <= now)
             && (a.UnpublishAt == null || a.UnpublishAt > now))
            || (userId != null && a.AuthorId == userId)
            || (a.Status == ArticleStatus.Submitted && a.UnitId != null && led.Contains(a.UnitId.Value)));
    }

    public static IQueryable<Article> Live(this IQueryable<Article> articles, DateTimeOffset now) =>
        articles.Where(a => a.Status == ArticleStatus.Published
                            && (a.PublishAt == null || a.PublishAt <= now)
                            && (a.UnpublishAt == null || a.UnpublishAt > now));

    public static bool CanRead(this Article a, ReaderContext reader, DateTimeOffset now)
    {
        if (reader.CanManageContent) return true;
        if (a.IsLive(now)) return reader.IsAuthenticated || a.Audience == Audience.Public;
        if (!reader.IsAuthenticated) return false;
        if (reader.UserId != null && a.AuthorId == reader.UserId) return true;
        return a.Status == ArticleStatus.Submitted && a.UnitId is int u && reader.LedUnitIds.Contains(u);
    }
}
