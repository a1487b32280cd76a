using System.Collections.Concurrent;
using Intranet.Core.Data;
using Intranet.Insights.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Tracking;

/// <summary>
/// Per-node, in-memory buffer of article views, daily reader hashes and monthly sketch registers, written to the database in batches by
/// <see cref="InsightsFlushService"/> so a page view never waits for (or fails on) a counter update.
/// </summary>
public sealed class ViewBuffer
{
    private ConcurrentDictionary<(string Kind, string Slug, DateOnly Day), int> _views = new();
    private ConcurrentDictionary<(DateOnly Day, int UnitId, string Hash), byte> _readers = new();
    private ConcurrentDictionary<(string Month, int UnitId, int Register), int> _registers = new();
    /// <summary>Ranks this node has already written: registers only grow, so a smaller or equal rank needs no write.</summary>
    private readonly ConcurrentDictionary<(string Month, int UnitId, int Register), int> _written = new();

    public void RecordView(string kind, string slug, DateOnly day) =>
        _views.AddOrUpdate((kind, slug, day), 1, (_, n) => n + 1);

    public void RecordReader(DateOnly day, int unitId, string hash) => _readers.TryAdd((day, unitId, hash), 0);

    private string _month = "";

    public void RecordRegister(string month, int unitId, (int Register, int Rank) position)
    {
        // Every node (not only the one running the rollup) forgets earlier months once a new one has begun.
        if (string.CompareOrdinal(month, _month) > 0) ForgetBefore(_month = month);
        var key = (month, unitId, position.Register);
        if (_written.TryGetValue(key, out var written) && written >= position.Rank) return;
        _registers.AddOrUpdate(key, position.Rank, (_, rank) => Math.Max(rank, position.Rank));
    }

    public int Pending => _views.Count + _readers.Count + _registers.Count;

    /// <summary>Forgets what was written for months before <paramref name="month"/>.</summary>
    public void ForgetBefore(string month)
    {
        foreach (var key in _written.Keys.Where(k => string.CompareOrdinal(k.Month, month) < 0)) _written.TryRemove(key, out _);
    }

    /// <summary>Writes everything buffered so far; what arrives meanwhile waits for the next flush.</summary>
    public async Task FlushAsync(IntranetDbContext db, CancellationToken ct)
    {
        var views = Interlocked.Exchange(ref _views, new());
        var readers = Interlocked.Exchange(ref _readers, new());
        var registers = Interlocked.Exchange(ref _registers, new());
        if (!views.IsEmpty) await WriteViewsAsync(db, views, ct);
        if (!readers.IsEmpty) await WriteReadersAsync(db, readers.Keys.ToList(), ct);
        if (registers.IsEmpty) return;
        var written = registers.ToList();
        await SketchWriter.WriteAsync(db, written, ct);
        foreach (var (key, rank) in written) _written.AddOrUpdate(key, rank, (_, old) => Math.Max(old, rank));
    }

    private static async Task WriteViewsAsync(IntranetDbContext db, IDictionary<(string Kind, string Slug, DateOnly Day), int> views, CancellationToken ct)
    {
        var slugs = views.Keys.Select(k => k.Slug).Distinct().ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => slugs.Contains(a.Slug))
            .Select(a => new { a.Id, a.Kind, a.Slug }).ToListAsync(ct);
        var totals = views
            .Select(v => (Id: articles.FirstOrDefault(a => a.Kind == v.Key.Kind && a.Slug == v.Key.Slug)?.Id, v.Key.Day, Count: v.Value))
            .Where(v => v.Id is not null)
            .GroupBy(v => (Id: v.Id!.Value, v.Day), v => v.Count);
        foreach (var total in totals)
            await CounterUpsert.AddViewsAsync(db, total.Key.Id, total.Key.Day, total.Sum(), ct);
    }

    private static async Task WriteReadersAsync(IntranetDbContext db, List<(DateOnly Day, int UnitId, string Hash)> readers, CancellationToken ct)
    {
        var set = db.Set<DailyReaderHash>();
        foreach (var group in readers.GroupBy(r => (r.Day, r.UnitId)))
        {
            var hashes = group.Select(g => g.Hash).ToList();
            var known = await set.Where(h => h.Day == group.Key.Day && h.UnitId == group.Key.UnitId && hashes.Contains(h.Hash))
                .Select(h => h.Hash).ToListAsync(ct);
            foreach (var hash in hashes.Except(known))
                set.Add(new DailyReaderHash { Day = group.Key.Day, UnitId = group.Key.UnitId, Hash = hash });
        }
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Another node wrote one of these hashes meanwhile: insert one by one, skipping duplicates.
            db.ChangeTracker.Clear();
            foreach (var r in readers)
                await CounterUpsert.AddReaderIfNewAsync(db, r.Day, r.UnitId, r.Hash, ct);
        }
        db.ChangeTracker.Clear();
    }
}
