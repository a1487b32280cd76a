using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Intranet.Core.Data;
using Intranet.Insights.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Tracking;

/// <summary>
/// Where a reader lands in the month's sketch: HMAC-SHA256 of the user id keyed by the month's secret salt (one per
/// UTC month, shared by the nodes through <see cref="MonthlySalt"/>), turned into a register and a rank. The hash
/// itself is never stored.
/// </summary>
public sealed class MonthlyReaderKey
{
    private readonly ConcurrentDictionary<string, byte[]> _salts = new();

    public async Task<(int Register, int Rank)> PositionAsync(string userId, string month, IntranetDbContext db, CancellationToken ct)
    {
        // Each node forgets a closed month's salt as soon as it sees the next month (the rollup deletes the row).
        if (_salts.Count > 1 || (_salts.Count == 1 && !_salts.ContainsKey(month))) ForgetBefore(month);
        var salt = _salts.TryGetValue(month, out var cached) ? cached : await LoadOrCreateAsync(month, db, ct);
        return ReaderSketch.Position(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(userId)));
    }

    /// <summary>Drops cached salts of months before <paramref name="month"/> (their rows are deleted at month end).</summary>
    public void ForgetBefore(string month)
    {
        foreach (var old in _salts.Keys.Where(m => string.CompareOrdinal(m, month) < 0)) _salts.TryRemove(old, out _);
    }

    private async Task<byte[]> LoadOrCreateAsync(string month, IntranetDbContext db, CancellationToken ct)
    {
        var bytes = await SharedSalt.LoadOrCreateAsync<MonthlySalt>(db, s => s.Month == month, s => s.Salt,
            salt => new MonthlySalt { Month = month, Salt = salt }, ct);
        _salts[month] = bytes;
        return bytes;
    }
}
