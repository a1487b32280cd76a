using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Accounts.Sessions;

/// <summary>
/// Identity checks a session cookie's security stamp against the database at most once per
/// <see cref="SecurityStampValidatorOptions.ValidationInterval"/>, but its cookie event resolves the validator from
/// DI on every request first — building SignInManager, UserManager, the user store and a DbContext — only for the
/// validator to find that the interval has not passed. This wrapper makes exactly the validator's own "is a check
/// due?" test (the ticket's IssuedUtc against the interval, on the same clock) before resolving anything; when a
/// check is due, Identity's validator runs unchanged, so password changes and "sign out everywhere" end sessions
/// exactly as before.
/// </summary>
public static class StampCheckWhenDue
{
    public static void AddStampCheckWhenDue(this IServiceCollection services) =>
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IOptions<SecurityStampValidatorOptions>>((o, stamp) =>
            {
                var validate = o.Events.OnValidatePrincipal;
                o.Events.OnValidatePrincipal = context => IsDue(context, stamp.Value) ? validate(context) : Task.CompletedTask;
            });

    /// <summary>The same test as SecurityStampValidator.ValidateAsync: no issue time, or more than the interval ago.</summary>
    public static bool IsDue(CookieValidatePrincipalContext context, SecurityStampValidatorOptions options)
    {
        if (context.Properties.IssuedUtc is not { } issued) return true;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return now - issued > options.ValidationInterval;
    }
}
