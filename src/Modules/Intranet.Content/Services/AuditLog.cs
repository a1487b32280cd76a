using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;

namespace Intranet.Content.Services;

internal sealed class AuditLog(IntranetDbContext db, IClock clock) : IAuditLog
{
    public void Record(Actor actor, string action, string entityType, string entityId, string details = "") =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.UtcNow,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = details.Length > 2000 ? details[..2000] : details,
        });
}
