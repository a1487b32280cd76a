using Microsoft.Extensions.Internal;

namespace Intranet.Testing;

/// <summary>
/// The memory cache's clock following a <see cref="TestClock"/>: cached content (bounded by
/// ReaderContextCache.MaxAge because scheduled times pass without a content change) expires when the test moves time.
/// </summary>
public sealed class TestCacheClock(TestClock clock) : ISystemClock
{
    public DateTimeOffset UtcNow => clock.UtcNow;
}
