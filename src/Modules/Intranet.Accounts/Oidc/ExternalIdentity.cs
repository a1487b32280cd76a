using System.Security.Claims;

namespace Intranet.Accounts.Oidc;

/// <summary>What the provider says about a person, read from the raw claims of the external sign-in.</summary>
public sealed record ExternalIdentity(string Issuer, string Subject, string DisplayName, string UserName,
    IReadOnlyList<string> Groups, string? UnitValue)
{
    /// <summary>
    /// Null when the provider sent no stable subject. Entra ID's "oid" is the person's id in the tenant;
    /// other providers have only "sub". An e-mail address is never an identity: it can be reassigned.
    /// </summary>
    public static ExternalIdentity? From(ClaimsPrincipal principal, OidcSettings settings)
    {
        var subjectClaim = principal.FindFirst("oid") ?? principal.FindFirst("sub");
        var subject = subjectClaim?.Value;
        // The handler may drop the "iss" claim itself; every claim still carries its issuer.
        var issuer = principal.FindFirstValue("iss") ?? subjectClaim?.Issuer;
        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(issuer)) return null;
        var userName = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("email") ?? subject;
        var name = principal.FindFirstValue("name") ?? userName;
        var groups = principal.FindAll(settings.RoleClaim).Select(c => c.Value).ToList();
        var unit = settings.UnitClaim is { Length: > 0 } claim ? principal.FindFirstValue(claim) : null;
        return new ExternalIdentity(issuer, subject, name, userName, groups, unit);
    }

    /// <summary>The roles the groups map to, or the default role when none does.</summary>
    public IReadOnlyList<string> Roles(OidcSettings settings)
    {
        var mapped = Groups
            .Select(g => Lookup(settings.GroupRoles, g))
            .Select(r => Core.Security.Roles.All.FirstOrDefault(known => string.Equals(known, r, StringComparison.OrdinalIgnoreCase)))
            .OfType<string>().Distinct().Order().ToList();
        return mapped.Count > 0 ? mapped : [settings.DefaultRole];
    }

    public string? UnitSlug(OidcSettings settings) =>
        string.IsNullOrWhiteSpace(UnitValue) ? null
            : Lookup(settings.UnitMap, UnitValue.Trim()) ?? UnitValue.Trim().ToLowerInvariant();

    /// <summary>Case-insensitive whatever comparer the configuration binder gave the dictionary.</summary>
    private static string? Lookup(Dictionary<string, string> map, string key) =>
        map.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
}
