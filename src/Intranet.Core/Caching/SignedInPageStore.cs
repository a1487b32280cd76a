using System.Collections.Concurrent;
using Intranet.Core.Time;

namespace Intranet.Core.Caching;

/// <summary>
/// The pages <see cref="SignedInPageCache"/> keeps, bounded in bytes. Keys are compared in full (the whole Cookie
/// header is part of them), so no hash collision can hand one session's page to another. Stale entries (expired,
/// or rendered before a content change) are never served and are swept on the way.
/// </summary>
public sealed class SignedInPageStore(IClock clock)
{
    public const long MaxBytes = 32L * 1024 * 1024;
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, SignedInPage> _pages = new(StringComparer.Ordinal);
    private long _bytes;
    private long _hits;
    private long _nextSweepTicks;

    /// <summary>Pages served from the store since start (for tests and diagnostics).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public int Count => _pages.Count;

    /// <summary>The kept pages as they are now (for tests and diagnostics).</summary>
    public IReadOnlyList<SignedInPage> Snapshot() => _pages.Values.ToList();

    public SignedInPage? Find(string key)
    {
        if (!_pages.TryGetValue(key, out var page)) return null;
        if (!page.IsFresh(clock.UtcNow))
        {
            Remove(key, page);
            return null;
        }
        Interlocked.Increment(ref _hits);
        return page;
    }

    public void Keep(string key, SignedInPage page)
    {
        SweepWhenDue();
        var size = Size(key, page);
        if (Interlocked.Read(ref _bytes) + size > MaxBytes) return;
        _pages.AddOrUpdate(key, page, (_, old) =>
        {
            Interlocked.Add(ref _bytes, -Size(key, old));
            return page;
        });
        Interlocked.Add(ref _bytes, size);
    }

    private void SweepWhenDue()
    {
        var now = clock.UtcNow;
        var next = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepEvery).UtcTicks, next) != next) return;
        foreach (var (key, page) in _pages)
            if (!page.IsFresh(now)) Remove(key, page);
    }

    private void Remove(string key, SignedInPage page)
    {
        if (_pages.TryRemove(new KeyValuePair<string, SignedInPage>(key, page))) Interlocked.Add(ref _bytes, -Size(key, page));
    }

    private static long Size(string key, SignedInPage page) => page.Body.Length + key.Length * 2L + 512;
}
