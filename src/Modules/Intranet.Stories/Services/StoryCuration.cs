using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Stories.Services;

/// <summary>Communications staff feature stories on the home page (audited).</summary>
public sealed class StoryCuration(IntranetDbContext db, StoryDetailsStore details, IAuditLog audit)
{
    public async Task SetFeaturedAsync(int articleId, bool featured, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var row = await details.GetAsync(articleId, ct);
        if (db.Entry(row).State == EntityState.Detached) db.Add(row);
        row.Featured = featured;
        audit.Record(Actor.From(user), featured ? "feature" : "unfeature", "article", articleId.ToString());
        await db.SaveChangesAsync(ct);
    }
}
