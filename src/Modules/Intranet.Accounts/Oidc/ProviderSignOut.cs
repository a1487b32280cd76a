using Intranet.Core.Models;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intranet.Accounts.Oidc;

/// <summary>
/// Signing out of the intranet also ends the provider session when the person came through single sign-on and
/// the provider publishes an end_session_endpoint; otherwise only the local session ends.
/// </summary>
public static class ProviderSignOut
{
    private const string HintItem = "id_token_hint";

    public static async Task SignOutAsync(HttpContext http, string localRedirect)
    {
        var idToken = await http.GetTokenAsync(IdentityConstants.ApplicationScheme, ExternalSignIn.IdTokenName);
        await http.RequestServices.GetRequiredService<SignInManager<IntranetUser>>().SignOutAsync();
        if (idToken is null || !await SupportsEndSessionAsync(http))
        {
            http.Response.Redirect(localRedirect);
            return;
        }
        var properties = new AuthenticationProperties { RedirectUri = localRedirect };
        properties.Items[HintItem] = idToken;
        await http.SignOutAsync(OidcSettings.Scheme, properties);
    }

    private static async Task<bool> SupportsEndSessionAsync(HttpContext http)
    {
        if (!http.RequestServices.GetRequiredService<OidcSettings>().Enabled) return false;
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OidcSettings.Scheme);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(http.RequestAborted);
            return !string.IsNullOrEmpty(configuration.EndSessionEndpoint);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            // The provider is unreachable: the local sign-out has happened, which is what matters most.
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProviderSignOut))
                .LogWarning(e, "Could not read the provider's metadata for sign-out");
            return false;
        }
    }

    public static Task AddIdTokenHint(RedirectContext context)
    {
        if (context.Properties.Items.TryGetValue(HintItem, out var hint) && hint is not null)
        {
            context.ProtocolMessage.IdTokenHint = hint;
            context.Properties.Items.Remove(HintItem);
        }
        return Task.CompletedTask;
    }

    /// <summary>A failed or cancelled provider sign-in goes back to the login page with a message, not a 500.</summary>
    public static Task ShowFailure(RemoteFailureContext context)
    {
        context.Response.Redirect("/logg-inn?feil=ekstern");
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
