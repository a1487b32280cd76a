namespace Intranet.Accounts.Oidc;

/// <summary>
/// Single sign-on with an OpenID Connect provider (Entra ID or any standard one), bound from
/// <c>Intranet:Oidc</c>. Off when no authority is configured.
/// </summary>
public sealed class OidcSettings
{
    public const string Section = "Intranet:Oidc";
    /// <summary>The authentication scheme name of the OpenID Connect handler.</summary>
    public const string Scheme = "oidc";

    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string DisplayName { get; set; } = "Microsoft Entra ID";
    public bool RequireHttpsMetadata { get; set; } = true;
    /// <summary>The claim that carries group ids or names (Entra ID: "groups", or "roles" for app roles).</summary>
    public string RoleClaim { get; set; } = "groups";
    /// <summary>Group id or name → intranet role (Ansatt, Enhetsleder, …). Case-insensitive keys.</summary>
    public Dictionary<string, string> GroupRoles { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>The role given when no group maps to one, so a new employee can at least read.</summary>
    public string DefaultRole { get; set; } = Core.Security.Roles.Ansatt;
    /// <summary>The claim that names the person's unit (e.g. "department" or an extension attribute).</summary>
    public string? UnitClaim { get; set; }
    /// <summary>Claim value → unit slug. Without an entry the value itself is taken as the slug.</summary>
    public Dictionary<string, string> UnitMap { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Extra scopes beyond openid and profile (e.g. "email").</summary>
    public string[] Scopes { get; set; } = ["email"];

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
