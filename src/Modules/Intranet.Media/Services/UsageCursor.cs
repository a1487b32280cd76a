using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Media.Services;

/// <summary>
/// Process-wide memory of how far usage tracking has read the change log, so the check before serving an
/// image is one indexed "anything newer?" query, and only one catch-up runs at a time in this process.
/// </summary>
public sealed class UsageCursor
{
    private long _known = -1;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public void Remember(long id) => Interlocked.Exchange(ref _known, id);

    public async Task<bool> MayBeBehindAsync(IntranetDbContext db, CancellationToken ct)
    {
        var known = Interlocked.Read(ref _known);
        return known < 0 || await db.ChangeLog.AnyAsync(e => e.Id > known, ct);
    }
}
