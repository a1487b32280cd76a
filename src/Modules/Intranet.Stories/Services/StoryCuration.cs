using System.Security.Claims;
using Intranet.Content.Services;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Services;

/// <summary>
/// Communications staff feature stories on the home page (audited). Featuring changes what readers see, so it
/// writes a change-log row too: the home page's per-context cache (and the output cache) expire on every node.
/// </summary>
public sealed class StoryCuration(IntranetDbContext db, StoryDetailsStore details, IAuditLog audit, ChangeLogWriter changes)
{
    public async Task SetFeaturedAsync(int articleId, bool featured, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var row = await details.GetAsync(articleId, ct);
        if (db.Entry(row).State == EntityState.Detached) db.Add(row);
        row.Featured = featured;
        audit.Record(Actor.From(user), featured ? "feature" : "unfeature", "article", articleId.ToString());
        changes.Record(new Article { Id = articleId, Kind = ArticleKinds.Story }, ChangeType.Upsert);
        await db.SaveChangesAsync(ct);
    }
}
