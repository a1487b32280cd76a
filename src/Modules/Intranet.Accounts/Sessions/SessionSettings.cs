using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Accounts.Sessions;

/// <summary>
/// How soon a renewed security stamp (password, role or lock change, "sign out everywhere") ends other browser
/// sessions: the cookie is checked against the database at most this often. <c>Intranet:Accounts:SessionCheckSeconds</c>,
/// default 30; 0 checks on every request. Bearer tokens compare the stamp on every request regardless.
/// </summary>
public static class SessionSettings
{
    public const string Key = "Intranet:Accounts:SessionCheckSeconds";

    public static void AddIntranetSessions(this IServiceCollection services, IConfiguration configuration)
    {
        var seconds = Math.Max(0, configuration.GetValue(Key, 30));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(seconds));
        services.AddScoped<SessionTermination>();
        services.AddSessionTicketCache();
        services.AddStampCheckWhenDue();
    }
}
