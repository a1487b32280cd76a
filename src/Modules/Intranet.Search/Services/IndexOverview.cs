using Intranet.Core.Data;
using Intranet.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Search.Services;

/// <summary>The numbers the admin page and its progress endpoint show.</summary>
public sealed class IndexOverview(IntranetDbContext db, SearchIndex index, IndexStatus status)
{
    public sealed record Snapshot(int Documents, long Cursor, long LatestChange, long Lag, bool Rebuilding, int RebuildDone,
        int RebuildTotal, int Percent, string? LastError, DateTimeOffset? LastErrorAt, DateTimeOffset? LastAppliedAt, DateTimeOffset? LastRebuildAt);

    public async Task<Snapshot> ReadAsync(CancellationToken ct)
    {
        var documents = index.Search(s => s.IndexReader.NumDocs);
        var latest = await db.ChangeLog.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        var cursor = index.Cursor;
        var percent = status.RebuildTotal == 0 ? (status.Rebuilding ? 0 : 100) : Math.Min(100, status.RebuildDone * 100 / status.RebuildTotal);
        return new Snapshot(documents, cursor, latest, Math.Max(0, latest - cursor), status.Rebuilding, status.RebuildDone,
            status.RebuildTotal, percent, status.LastError, status.LastErrorAt, status.LastAppliedAt, status.LastRebuildAt);
    }
}
