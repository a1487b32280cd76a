using Intranet.Testing;

namespace Intranet.Browser.Tests;

/// <summary>A live host whose sessions are checked against the security stamp on every request.</summary>
public sealed class SignInLiveFixture : IDisposable
{
    public LiveIntranet Site { get; } = new(new Dictionary<string, string?> { ["Intranet:Accounts:SessionCheckSeconds"] = "0" });

    public void Dispose() => Site.Dispose();
}
