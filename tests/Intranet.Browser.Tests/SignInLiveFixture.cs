using Intranet.Testing;

namespace Intranet.Browser.Tests;

/// <summary>
/// A live host whose sessions are checked against the security stamp on every request, with single sign-on
/// configured so the login page shows its button. The provider address is never contacted: rendering the login page
/// does not need it, and these tests sign in locally or with access codes.
/// </summary>
public sealed class SignInLiveFixture : IDisposable
{
    public const string ProviderName = "Testkommune ID";

    public LiveIntranet Site { get; } = new(new Dictionary<string, string?>
    {
        ["Intranet:Accounts:SessionCheckSeconds"] = "0",
        ["Intranet:Oidc:Authority"] = "http://127.0.0.1:9/",
        ["Intranet:Oidc:ClientId"] = "intranett",
        ["Intranet:Oidc:ClientSecret"] = "hemmelig",
        ["Intranet:Oidc:DisplayName"] = ProviderName,
        ["Intranet:Oidc:RequireHttpsMetadata"] = "false",
    });

    public void Dispose() => Site.Dispose();
}
