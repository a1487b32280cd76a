using Intranet.Core.Data;
using Intranet.Insights.Charts;
using Intranet.Insights.Models;
using Intranet.News.Models;
using Intranet.Stories.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Services;

/// <summary>Reach: views per month, the most read articles, unique readers (<see cref="ReaderFigures"/>), reactions and comments.</summary>
public sealed class ReachFigures(IntranetDbContext db, ReaderFigures readers)
{
    public const string Section = "Rekkevidde";

    public async Task<List<ChartData>> BuildAsync(InsightsScope scope, MonthAxis axis, CancellationToken ct)
    {
        var articles = await ScopedArticlesAsync(scope, ct);
        var views = await db.Set<ArticleDayViews>().AsNoTracking().Where(v => v.Day >= axis.FirstDay)
            .Select(v => new { v.ArticleId, v.Day, v.Views }).ToListAsync(ct);
        views = views.Where(v => articles.ContainsKey(v.ArticleId)).ToList();
        var perMonth = views.GroupBy(v => MonthAxis.Key(v.Day)).ToDictionary(g => g.Key, g => (double?)g.Sum(v => v.Views));
        var top = views.GroupBy(v => v.ArticleId).Select(g => (Title: articles[g.Key], Views: g.Sum(v => v.Views)))
            .OrderByDescending(t => t.Views).ThenBy(t => t.Title).Take(10).ToList();
        return
        [
            Trend(axis, "visninger", "Visninger per måned", "Sidevisninger av artikler, nyheter og historier. Telles uten å lagre hvem som leste.",
                [new ChartSeries("Visninger", axis.Series(m => perMonth.GetValueOrDefault(m, 0)))]),
            new ChartData("mest-leste", "Mest leste", "De ti mest leste sidene i perioden, etter antall visninger.", "Side",
                top.Select(t => t.Title).ToList(), [new ChartSeries("Visninger", top.Select(t => (double?)t.Views).ToList())], ChartKind.Bars, Section: Section),
            .. await readers.BuildAsync(scope, axis, ct),
            await EngagementAsync(articles, axis, ct),
        ];
    }

    private async Task<Dictionary<int, string>> ScopedArticlesAsync(InsightsScope scope, CancellationToken ct)
    {
        var all = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.Title, a.UnitId }).ToListAsync(ct);
        return all.Where(a => scope.Includes(a.UnitId)).ToDictionary(a => a.Id, a => a.Title);
    }

    private async Task<ChartData> EngagementAsync(Dictionary<int, string> articles, MonthAxis axis, CancellationToken ct)
    {
        var published = await db.Articles.AsNoTracking().Where(a => a.PublishedAt >= axis.Start)
            .Select(a => new { a.Id, a.PublishedAt }).ToListAsync(ct);
        var monthOf = published.Where(a => articles.ContainsKey(a.Id)).ToDictionary(a => a.Id, a => MonthAxis.Key(a.PublishedAt!.Value));
        var storyReactions = await db.Set<StoryReaction>().AsNoTracking().Select(r => r.ArticleId).ToListAsync(ct);
        var newsReactions = await db.Set<NewsReaction>().AsNoTracking().Select(r => r.ArticleId).ToListAsync(ct);
        var reactions = storyReactions.Concat(newsReactions).Where(monthOf.ContainsKey).GroupBy(id => monthOf[id]).ToDictionary(g => g.Key, g => g.Count());
        var storyComments = await db.Set<StoryComment>().AsNoTracking().Where(c => c.CreatedAt >= axis.Start).Select(c => new { c.ArticleId, c.CreatedAt }).ToListAsync(ct);
        var newsComments = await db.Set<NewsComment>().AsNoTracking().Where(c => c.CreatedAt >= axis.Start).Select(c => new { c.ArticleId, c.CreatedAt }).ToListAsync(ct);
        var comments = storyComments.Concat(newsComments).Where(c => articles.ContainsKey(c.ArticleId))
            .GroupBy(c => MonthAxis.Key(c.CreatedAt)).ToDictionary(g => g.Key, g => g.Count());
        return Trend(axis, "engasjement", "Reaksjoner og kommentarer",
            "Reaksjoner (som applaus) på saker publisert i måneden, og kommentarer skrevet i måneden.",
            [
                new ChartSeries("Reaksjoner", axis.Series(m => reactions.GetValueOrDefault(m))),
                new ChartSeries("Kommentarer", axis.Series(m => comments.GetValueOrDefault(m))),
            ]);
    }

    internal static ChartData Trend(MonthAxis axis, string key, string title, string description, IReadOnlyList<ChartSeries> series, string section = Section) =>
        new(key, title, description, "Måned", axis.Labels, series, ChartKind.Trend, axis.BaselineFrom, axis.BaselineTo, section);
}
