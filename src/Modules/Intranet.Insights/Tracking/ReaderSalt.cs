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
        var bytes = await SharedSalt.LoadOrCreateAsync<DailySalt>(db, s => s.Day == day, s => s.Salt,
            salt => new DailySalt { Day = day, Salt = salt }, ct);
        _salts[day] = bytes;
        return bytes;
    }
}
