namespace Intranet.Testing;

/// <summary>xunit class fixture: one live SQLite-backed host per test class.</summary>
public sealed class LiveIntranetFixture : IDisposable
{
    public LiveIntranet Site { get; } = new();

    public void Dispose() => Site.Dispose();
}
