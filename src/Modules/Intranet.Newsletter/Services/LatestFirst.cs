using Intranet.Core.Models;

namespace Intranet.Newsletter.Services;

/// <summary>Newest first, with the id as a stable tie-breaker.</summary>
internal static class LatestFirst
{
    public static IOrderedQueryable<Article> Latest(this IQueryable<Article> query) =>
        query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id);
}
