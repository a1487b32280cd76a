using System.Linq.Expressions;
using System.Security.Cryptography;
using Intranet.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Tracking;

/// <summary>A secret salt shared by the nodes through one database row per period (day or month).</summary>
internal static class SharedSalt
{
    /// <summary>Reads the period's salt, or creates it from 32 random bytes; when another node creates it at the
    /// same moment, theirs wins, so every node hashes with the same salt.</summary>
    public static async Task<byte[]> LoadOrCreateAsync<TRow>(IntranetDbContext db, Expression<Func<TRow, bool>> period,
        Expression<Func<TRow, string>> salt, Func<string, TRow> create, CancellationToken ct) where TRow : class
    {
        var set = db.Set<TRow>();
        var stored = await set.AsNoTracking().Where(period).Select(salt).FirstOrDefaultAsync(ct);
        if (stored is not null) return Convert.FromBase64String(stored);
        var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        try
        {
            set.Add(create(fresh));
            await db.SaveChangesAsync(ct);
            return Convert.FromBase64String(fresh);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Convert.FromBase64String(await set.AsNoTracking().Where(period).Select(salt).FirstAsync(ct));
        }
    }
}
