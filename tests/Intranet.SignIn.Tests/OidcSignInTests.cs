using System.Net;
using Intranet.Accounts.Sessions;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.SignIn.Tests;

/// <summary>
/// Single sign-on end to end against a real OpenID Connect provider (OpenIddict) on its own Kestrel port:
/// authorize → the provider's login → callback → local user, with group → role and claim → unit mapping.
/// </summary>
public sealed class OidcSignInTests : IAsyncLifetime
{
    private const string Issuer = "Testkommune ID";
    private TestOidcProvider _provider = null!;
    private LiveIntranet _site = null!;
    private readonly ProviderUser _kari = new()
    {
        UserName = "kari.nordmann@testkommune.no", Password = "provider-pass", ObjectId = "9f1c0d2e-kari",
        Name = "Kari Nordmann", Email = "kari@testkommune.no",
        Groups = ["grp-ledere", "grp-ukjent"], Department = "Hjemmebaserte tjenester",
    };

    public async Task InitializeAsync()
    {
        _provider = await TestOidcProvider.StartAsync();
        _provider.Users.Add(_kari);
        _site = new LiveIntranet(new Dictionary<string, string?>
        {
            ["Intranet:Oidc:Authority"] = _provider.Url,
            ["Intranet:Oidc:ClientId"] = "intranett",
            ["Intranet:Oidc:ClientSecret"] = "hemmelig-klientnokkel",
            ["Intranet:Oidc:DisplayName"] = Issuer,
            ["Intranet:Oidc:RequireHttpsMetadata"] = "false",
            ["Intranet:Oidc:GroupRoles:grp-ledere"] = "Enhetsleder",
            ["Intranet:Oidc:GroupRoles:grp-komm"] = "Kommunikasjon",
            ["Intranet:Oidc:UnitClaim"] = "department",
            ["Intranet:Oidc:UnitMap:Hjemmebaserte tjenester"] = "hjemmetjenesten",
            ["Intranet:Oidc:UnitMap:IT-avdelingen"] = "it",
            [SessionSettings.Key] = "0",
        });
        await _provider.RegisterClientAsync("intranett", "hemmelig-klientnokkel", _site.BaseUrl);
    }

    [Fact]
    public async Task Code_flow_creates_the_user_maps_groups_and_unit_and_follows_changes()
    {
        await AddLocalUserWithSameEmailAsync();
        using var first = new OidcFlow(_site.BaseUrl);
        Assert.Contains($"Logg inn med {Issuer}", await first.Client.GetStringAsync("/logg-inn"));

        var landed = await first.SignInAsync(_kari);
        Assert.True(landed.StatusCode == HttpStatusCode.OK,
            $"{(int)landed.StatusCode} at {landed.RequestMessage!.RequestUri}: {await landed.Content.ReadAsStringAsync()}");
        Assert.True(new Uri(_site.BaseUrl + "/") == landed.RequestMessage!.RequestUri,
            $"{landed.RequestMessage.RequestUri}: {await landed.Content.ReadAsStringAsync()}");
        var (user, roles, unit) = await LinkedUserAsync();
        Assert.Equal("Kari Nordmann", user.DisplayName);
        Assert.Equal([Roles.Enhetsleder], roles);
        Assert.Equal("hjemmetjenesten", unit);
        Assert.False(await HasPasswordAsync(user), "a single sign-on user has no local password");
        Assert.Contains("Kari Nordmann", await first.Client.GetStringAsync("/profil"));

        // A second browser of the same person, started before the role change.
        using var other = new OidcFlow(_site.BaseUrl);
        await other.SignInAsync(_kari);
        Assert.Equal(HttpStatusCode.OK, (await other.Client.GetAsync("/profil")).StatusCode);
        using var integration = await PersonalTokenClientAsync(other);
        Assert.Equal(HttpStatusCode.OK, (await integration.GetAsync("/profil")).StatusCode);

        // Sign-out ends the provider session too: the next sign-in has to log in at the provider again.
        var signedOut = await first.SignOutAsync();
        Assert.Equal("/logg-inn", signedOut.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(1, _provider.EndSessions);

        _kari.Groups = ["grp-komm"];
        _kari.Department = "Ukjent avdeling";
        var again = await first.SignInAsync(_kari);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var (sameUser, newRoles, sameUnit) = await LinkedUserAsync();
        Assert.Equal(user.Id, sameUser.Id);
        Assert.Equal([Roles.Kommunikasjon], newRoles);
        Assert.Equal("hjemmetjenesten", sameUnit);

        // The role change ended the other browser's session and the personal token.
        var refused = await other.Client.GetAsync("/profil");
        Assert.Equal("/logg-inn", refused.RequestMessage!.RequestUri!.AbsolutePath);
        var tokenRefused = await integration.GetAsync("/profil");
        Assert.True(tokenRefused.StatusCode == HttpStatusCode.Unauthorized || (tokenRefused.StatusCode == HttpStatusCode.Redirect
            && tokenRefused.Headers.Location!.ToString().Contains("/logg-inn")), $"token still accepted: {(int)tokenRefused.StatusCode}");

        // A later sign-in whose claim maps to another existing unit moves the person there.
        await first.SignOutAsync();
        _kari.Department = "IT-avdelingen";
        Assert.Equal(HttpStatusCode.OK, (await first.SignInAsync(_kari)).StatusCode);
        var (movedUser, sameRoles, movedTo) = await LinkedUserAsync();
        Assert.Equal(user.Id, movedUser.Id);
        Assert.Equal([Roles.Kommunikasjon], sameRoles);
        Assert.Equal("it", movedTo);
    }

    /// <summary>A personal read-write token made on /profil/tokens, sent as a bearer token without cookies.</summary>
    private async Task<HttpClient> PersonalTokenClientAsync(OidcFlow browser)
    {
        var page = await browser.Client.PostFormAsync("/profil/tokens", new() { ["Name"] = "Integrasjon", ["Access"] = "write", ["Days"] = "30" });
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "value=\"(itk_[^\"]+)\"").Groups[1].Value;
        Assert.StartsWith("itk_", token);
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(_site.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task AddLocalUserWithSameEmailAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IntranetUser>>();
        var local = new IntranetUser { UserName = "kari.lokal", DisplayName = "Kari Lokal", Email = _kari.Email };
        Assert.True((await users.CreateAsync(local, DemoUsers.Password)).Succeeded);
    }

    private async Task<(IntranetUser User, List<string> Roles, string? Unit)> LinkedUserAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var logins = await db.UserLogins.Where(l => l.ProviderKey == _kari.ObjectId).ToListAsync();
        var login = Assert.Single(logins);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IntranetUser>>();
        var user = (await users.FindByIdAsync(login.UserId))!;
        Assert.NotEqual("kari.lokal", user.UserName);
        var unit = await db.Units.Where(u => u.Id == user.UnitId).Select(u => u.Slug).FirstOrDefaultAsync();
        return (user, (await users.GetRolesAsync(user)).Order().ToList(), unit);
    }

    private async Task<bool> HasPasswordAsync(IntranetUser user)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<IntranetUser>>().HasPasswordAsync(user);
    }

    public async Task DisposeAsync()
    {
        _site.Dispose();
        await _provider.DisposeAsync();
    }
}
