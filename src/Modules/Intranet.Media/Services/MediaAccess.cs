using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Media.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Media.Services;

/// <summary>
/// Who may see an image: anyone who may read at least one article using it (<see cref="ArticleVisibility"/>).
/// An image no article uses yet is its uploader's and content managers' only, so a draft's images work in preview.
/// </summary>
public sealed class MediaAccess(IntranetDbContext db, MediaUsageSync usage, PermissionRegistry permissions, IClock clock)
{
    public async Task<MediaVisibility> VisibilityAsync(MediaItem item, ClaimsPrincipal user, CancellationToken ct = default)
    {
        await usage.CatchUpAsync(ct);
        var articleIds = await db.Set<MediaUsage>().Where(u => u.MediaId == item.Id).Select(u => u.ArticleId).ToListAsync(ct);
        var reader = await ReaderAsync(user, ct);
        if (articleIds.Count == 0)
            return reader.CanManageContent || (reader.UserId != null && reader.UserId == item.UploadedById)
                ? MediaVisibility.Private : MediaVisibility.Hidden;
        // The one read rule as a query, so unit-restricted articles (ArticleReaderUnit) count exactly as for reading.
        var now = clock.UtcNow;
        var articles = db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id));
        if (await articles.VisibleTo(ReaderContext.Anonymous, now).AnyAsync(ct)) return MediaVisibility.Public;
        return await articles.VisibleTo(reader, now).AnyAsync(ct) ? MediaVisibility.Private : MediaVisibility.Hidden;
    }

    private async Task<ReaderContext> ReaderAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId();
        if (user.Identity?.IsAuthenticated != true || userId is null) return ReaderContext.From(user, permissions);
        var led = await db.UnitLeaders.Where(l => l.UserId == userId).Select(l => l.UnitId).ToListAsync(ct);
        return ReaderContext.From(user, permissions, led);
    }
}

/// <summary>Hidden: 404. Private: this reader only (private cache). Public: anyone, through any cache.</summary>
public enum MediaVisibility
{
    Hidden,
    Private,
    Public,
}
