namespace Intranet.Core.Security;

/// <summary>Rate-limit policy names the host defines and modules apply (`.RequireRateLimiting(RateLimits.Login)`).</summary>
public static class RateLimits
{
    /// <summary>Sign-in attempts (login form POST, token endpoint): a fixed window per client address.</summary>
    public const string Login = "login";
}
