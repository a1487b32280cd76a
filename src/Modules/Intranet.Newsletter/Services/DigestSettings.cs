using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Services;

/// <summary>
/// Site setting <c>newsletter:force-important</c>: communications staff make must-read items and the corner part of
/// every digest — also for people who turned the digest off (they then get only those two parts, weekly).
/// </summary>
public sealed class DigestSettings(IntranetDbContext db)
{
    public const string ForceImportantKey = "newsletter:force-important";

    public async Task<bool> ForceImportantAsync(CancellationToken ct = default) =>
        await db.Settings.AsNoTracking().Where(s => s.Key == ForceImportantKey).Select(s => s.Value).FirstOrDefaultAsync(ct) == "true";

    public async Task SetForceImportantAsync(bool on, CancellationToken ct = default)
    {
        var row = await db.Settings.FirstOrDefaultAsync(s => s.Key == ForceImportantKey, ct);
        if (row is null) db.Settings.Add(row = new Core.Models.Setting { Key = ForceImportantKey });
        row.Value = on ? "true" : "false";
        await db.SaveChangesAsync(ct);
    }
}
