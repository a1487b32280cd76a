using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Search;
using Intranet.Core.Time;

namespace Intranet.Content.Services;

/// <summary>Adds outbox rows in the same unit of work as the change, so readers of the log never miss one.</summary>
public sealed class ChangeLogWriter(IntranetDbContext db, IClock clock, ChangeLogSignal? signal = null)
{
    public void Record(Article article, ChangeType change)
    {
        db.ChangeLog.Add(new ChangeLogEntry { At = clock.UtcNow, ArticleId = article.Id, Kind = article.Kind, Change = change });
        // The row commits with the caller's transaction; the nudge makes the local indexer look right after.
        signal?.Notify();
    }
}
