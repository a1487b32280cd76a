using Intranet.Core.Time;

namespace Intranet.Testing;

/// <summary>A clock tests move by hand, so scheduling is tested without sleeping.</summary>
public sealed class TestClock(DateTimeOffset? start = null) : IClock
{
    private long _ticks = (start ?? DateTimeOffset.UtcNow).UtcTicks;

    public DateTimeOffset UtcNow => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);
}
