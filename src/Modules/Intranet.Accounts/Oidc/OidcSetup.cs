using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Intranet.Accounts.Oidc;

/// <summary>
/// Registers the OpenID Connect handler when <c>Intranet:Oidc:Authority</c> is set: authorization code flow with
/// PKCE, signing in to Identity's external cookie; <see cref="ExternalSignIn"/> then links the local user.
/// </summary>
public static class OidcSetup
{
    public static void AddIntranetOidc(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(OidcSettings.Section).Get<OidcSettings>() ?? new OidcSettings();
        services.AddSingleton(settings);
        services.AddScoped<ExternalSignIn>();
        services.AddScoped<ExternalAccountSync>();
        if (!settings.Enabled) return;
        services.AddAuthentication().AddOpenIdConnect(OidcSettings.Scheme, settings.DisplayName, o => Configure(o, settings));
    }

    private static void Configure(OpenIdConnectOptions o, OidcSettings settings)
    {
        o.Authority = settings.Authority;
        o.ClientId = settings.ClientId;
        o.ClientSecret = settings.ClientSecret;
        o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.UsePkce = true;
        o.SignInScheme = IdentityConstants.ExternalScheme;
        // The id_token is kept so sign-out can hand it to the provider's end_session_endpoint as a hint.
        o.SaveTokens = true;
        o.GetClaimsFromUserInfoEndpoint = false;
        // Raw claim names ("sub", "oid", "groups"): the mapping configuration speaks the provider's language.
        o.MapInboundClaims = false;
        o.Scope.Clear();
        o.Scope.Add("openid");
        o.Scope.Add("profile");
        foreach (var scope in settings.Scopes.Where(s => !string.IsNullOrWhiteSpace(s))) o.Scope.Add(scope);
        o.CallbackPath = "/signin-oidc";
        o.SignedOutCallbackPath = "/signout-callback-oidc";
        if (!settings.RequireHttpsMetadata) AllowPlainHttp(o);
        o.Events.OnRedirectToIdentityProviderForSignOut = ProviderSignOut.AddIdTokenHint;
        o.Events.OnRemoteFailure = ProviderSignOut.ShowFailure;
    }

    /// <summary>
    /// Development and tests run the provider on plain http: the correlation and nonce cookies then cannot be
    /// Secure + SameSite=None, so the answer comes back as a top-level GET (response_mode=query) with Lax cookies.
    /// </summary>
    private static void AllowPlainHttp(OpenIdConnectOptions o)
    {
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
    }
}
