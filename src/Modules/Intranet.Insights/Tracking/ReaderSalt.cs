using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Intranet.Core.Data;
using Intranet.Insights.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Tracking;

/// <summary>Hashes a user id under the day's salt (one salt per UTC day, shared by the nodes through the database).</summary>
public sealed class ReaderSalt
{
    private readonly ConcurrentDictionary<DateOnly, byte[]> _salts = new();

    public async Task<string> HashAsync(string userId, DateOnly day, IntranetDbContext db, CancellationToken ct)
    {
        var salt = _salts.TryGetValue(day, out var cached) ? cached : await LoadOrCreateAsync(day, db, ct);
        return Convert.ToBase64String(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(userId)));
    }

    /// <summary>Drops cached salts of days before <paramref name="day"/> (their rows are deleted by the rollup).</summary>
    public void ForgetBefore(DateOnly day)
    {
        foreach (var old in _salts.Keys.Where(d => d < day)) _salts.TryRemove(old, out _);
    }

    private async Task<byte[]> LoadOrCreateAsync(DateOnly day, IntranetDbContext db, CancellationToken ct)
    {
        var set = db.Set<DailySalt>();
        var stored = await set.AsNoTracking().Where(s => s.Day == day).Select(s => s.Salt).FirstOrDefaultAsync(ct);
        if (stored is null)
        {
            var row = new DailySalt { Day = day, Salt = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
            try
            {
                set.Add(row);
                await db.SaveChangesAsync(ct);
                stored = row.Salt;
            }
            catch (DbUpdateException)
            {
                // Another node created the day's salt first: use theirs.
                db.ChangeTracker.Clear();
                stored = await set.AsNoTracking().Where(s => s.Day == day).Select(s => s.Salt).FirstAsync(ct);
            }
        }
        var bytes = Convert.FromBase64String(stored);
        _salts[day] = bytes;
        return bytes;
    }
}
