using Intranet.Core.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Foundation.Tests;

/// <summary>
/// xunit class fixture: the real host in the Production environment (no demo recipe, no demo users, no developer
/// exception page, HTTPS redirection and HSTS on), with <see cref="ThrowingRoutes"/> and one user of its own
/// (without a role: the roles come with a recipe, and none is imported here).
/// The https port is configured as behind a proxy or with a certificate; the test server has no address of its own.
/// </summary>
public sealed class ProductionHost : IAsyncLifetime
{
    public const string Host = "intranett.kommune.example";
    public const string UserName = "driftsbruker";
    public const string Password = "Drift-passord-2026!";

    public IntranetFactory Factory { get; } = new IntranetFactory(DatabaseProvider.Sqlite, "Production")
        .With("https_port", "443")
        .WithServices(s => s.AddTransient<IStartupFilter, ThrowingRoutes>());

    /// <summary>A client on https://<see cref="Host"/> (HSTS is never sent to localhost) that does not follow redirects.</summary>
    public HttpClient Https(bool cookies = false) => Client("https", cookies);

    public HttpClient Http() => Client("http", cookies: false);

    private HttpClient Client(string scheme, bool cookies) => Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri($"{scheme}://{Host}"), AllowAutoRedirect = false, HandleCookies = cookies,
    });

    public async Task InitializeAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IntranetUser>>();
        var user = new IntranetUser { UserName = UserName, Email = UserName + "@eksempel.no", DisplayName = "Drift Testesen", CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
