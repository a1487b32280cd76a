using Intranet.Testing;

namespace Intranet.Browser.Tests;

/// <summary>xunit class fixture: a live SQLite-backed host whose clock the tests move by hand.</summary>
public sealed class ClockedLiveIntranetFixture : IDisposable
{
    public ClockedLiveIntranetFixture() => Site = new LiveIntranet(Clock);

    public TestClock Clock { get; } = new();

    public LiveIntranet Site { get; }

    public void Dispose() => Site.Dispose();
}
