using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Security.Tests;

/// <summary>Extra users of the catalogue's own, so no test changes what the demo users look like.</summary>
public static class TestUsers
{
    public const string Password = "Sikkerhet-test-2026!";

    public static async Task<string> CreateAsync(IServiceProvider services, string displayName, string role = Roles.Ansatt, string unit = "hjemmetjenesten",
        Action<IntranetUser>? configure = null)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IntranetUser>>();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var name = "sikkerhet" + Guid.NewGuid().ToString("N")[..8];
        var user = new IntranetUser
        {
            UserName = name, Email = name + "@eksempel.no", DisplayName = displayName, CreatedAt = DateTimeOffset.UtcNow,
            UnitId = await db.Units.Where(u => u.Slug == unit).Select(u => (int?)u.Id).SingleAsync(),
        };
        configure?.Invoke(user);
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        return name;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
