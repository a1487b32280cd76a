using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Microsoft.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Intranet.SignIn.Tests;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on its own loopback Kestrel port: authorization code flow with
/// PKCE, a login form of its own, an end-session endpoint, and users whose groups the test controls.
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    private const string Cookie = "provider";
    private readonly WebApplication _app;
    private readonly string _dbPath;

    private TestOidcProvider(WebApplication app, string dbPath)
    {
        _app = app;
        _dbPath = dbPath;
    }

    public string Url { get; private set; } = "";
    public List<ProviderUser> Users { get; } = [];
    /// <summary>How many times the end-session endpoint was called.</summary>
    public int EndSessions { get; private set; }

    public static async Task<TestOidcProvider> StartAsync()
    {
        var dbPath = Path.Combine(Path.GetTempPath(), $"oidc-provider-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("PROVIDER_LOG") is not null) builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Debug).AddFilter("Microsoft", LogLevel.Debug);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddDbContext<ProviderDb>(o => o.UseSqlite($"Data Source={dbPath}").UseOpenIddict());
        builder.Services.AddAuthentication(Cookie).AddCookie(Cookie, o => { o.LoginPath = "/login"; o.Cookie.Name = "provider.session"; });
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });
        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
        app.UseAuthentication();
        var provider = new TestOidcProvider(app, dbPath);
        provider.MapEndpoints();
        await app.StartAsync();
        provider.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return provider;
    }

    /// <summary>Registers the intranet as a confidential client, once its address is known.</summary>
    public async Task RegisterClientAsync(string clientId, string secret, string intranetUrl)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await manager.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri(intranetUrl + "/signin-oidc") },
            PostLogoutRedirectUris = { new Uri(intranetUrl + "/signout-callback-oidc") },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    private void MapEndpoints()
    {
        _app.MapGet("/login", (string? returnUrl) => Results.Content(ProviderPages.LoginForm(returnUrl ?? "/"), "text/html"));
        // Typed as Func<…, Task<IResult>>: a bare method group would bind to the RequestDelegate overload and drop the result.
        _app.MapPost("/login", (Func<HttpContext, Task<IResult>>)SignInAsync).DisableAntiforgery();
        _app.MapMethods("/connect/authorize", ["GET", "POST"], (Func<HttpContext, Task<IResult>>)AuthorizeAsync);
        _app.MapMethods("/connect/logout", ["GET", "POST"], (Func<HttpContext, Task<IResult>>)EndSessionAsync);
    }

    private async Task<IResult> SignInAsync(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var user = Users.FirstOrDefault(u => u.UserName == form["username"] && u.Password == form["password"]);
        if (user is null) return Results.Content(ProviderPages.LoginForm(form["returnUrl"]!, failed: true), "text/html");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.UserName)], Cookie);
        await http.SignInAsync(Cookie, new ClaimsPrincipal(identity));
        return Results.Redirect(form["returnUrl"].ToString());
    }

    private async Task<IResult> AuthorizeAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest()!;
        var session = await http.AuthenticateAsync(Cookie);
        var user = session.Succeeded ? Users.FirstOrDefault(u => u.UserName == session.Principal!.Identity!.Name) : null;
        if (user is null)
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.Path + http.Request.QueryString }, [Cookie]);
        var principal = ProviderClaims.For(user, request.GetScopes());
        return Results.SignIn(principal, null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private async Task<IResult> EndSessionAsync(HttpContext http)
    {
        EndSessions++;
        await http.SignOutAsync(Cookie);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { File.Delete(_dbPath); } catch (IOException) { }
    }
}
