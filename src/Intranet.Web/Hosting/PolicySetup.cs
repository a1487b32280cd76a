using Intranet.Core.Modules;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace Intranet.Web.Hosting;

/// <summary>Each module permission becomes an authorization policy of the same name.</summary>
internal static class PolicySetup
{
    public static void AddPermissionPolicies(AuthorizationOptions options, IEnumerable<IIntranetModule> modules)
    {
        foreach (var permission in modules.SelectMany(m => m.Permissions))
            options.AddPolicy(permission.Name, p => p.RequireAuthenticatedUser()
                .RequireRole([.. permission.Roles, Roles.Administrator]));
    }
}
