using System.Net;
using Intranet.Accounts.AccessCodes;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.SignIn.Tests;

/// <summary>
/// Redeeming a code replaces the password, so a leader may give codes only to people without an account of their
/// own: no own password, no single sign-on login, no role beyond Ansatt/Nyansatt.
/// </summary>
public sealed class AccessCodeEligibilityTests : SignInTestBase
{
    private const string Page = "/enhet/tilgangskoder?enhet=hjemmetjenesten";
    private const string Stolen = "Overtatt-konto-2026";

    [Fact]
    public async Task A_leader_cannot_give_a_code_to_a_member_with_their_own_password_and_the_password_keeps_working()
    {
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var ansatt = await UserIdAsync(DemoUsers.Ansatt);
        Assert.Contains("Har egen konto", WebUtility.HtmlDecode(await leader.GetStringAsync(Page)));

        await AssertRefusedAsync(await IssueAsync(leader, ansatt), AccessCodeMessages.OwnPassword);
        Assert.Equal(0, await CodeCountAsync(ansatt));
        await Factory.SignedInClientAsync(DemoUsers.Ansatt);

        // Defence in depth: the service refuses too, whatever page calls it.
        await using var scope = Factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<AccessCodeService>();
        var refused = await Assert.ThrowsAsync<AccessCodeRefusedException>(() => service.IssueAsync(ansatt, ansatt));
        Assert.Equal(AccessCodeMessages.OwnPassword, refused.Message);
        Assert.Equal(0, await CodeCountAsync(ansatt));
    }

    [Fact]
    public async Task Members_with_a_single_sign_on_login_or_a_higher_role_get_no_code()
    {
        var sso = await AddMemberAsync("sso.ansatt", Roles.Ansatt, ssoLogin: true);
        var communications = await AddMemberAsync("komm.uten.passord", Roles.Kommunikasjon, ssoLogin: false);
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);

        await AssertRefusedAsync(await IssueAsync(leader, sso), AccessCodeMessages.ExternalLogin);
        await AssertRefusedAsync(await IssueAsync(leader, communications), AccessCodeMessages.HigherRole);
        Assert.Equal(0, await CodeCountAsync(sso));
        Assert.Equal(0, await CodeCountAsync(communications));
    }

    [Fact]
    public async Task A_code_stops_working_when_the_account_no_longer_qualifies_and_never_replaces_an_own_password()
    {
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var code = await AddMemberWithCodeAsync(leader, "vikar.forfremmet");
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IntranetUser>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByNameAsync("vikar.forfremmet"))!, Roles.Enhetsleder)).Succeeded);
        }
        await AssertCodeRefusedAsync("vikar.forfremmet", code);
        Assert.False(await HasPasswordAsync("vikar.forfremmet"));

        // A code stored for an account with its own password (say, issued before this rule) cannot take it over.
        var ansatt = await UserIdAsync(DemoUsers.Ansatt);
        const string oldCode = "ABCD-EFGH-JKLM";
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
            db.Set<AccessCode>().Add(new AccessCode
            {
                UserId = ansatt, CodeHash = AccessCodeFormat.Hash(ansatt, oldCode), IssuedById = ansatt,
                CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(14),
            });
            await db.SaveChangesAsync();
        }
        await AssertCodeRefusedAsync(DemoUsers.Ansatt, oldCode);
        await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Factory.SignedInClientAsync(DemoUsers.Ansatt, Stolen));
    }

    private async Task AssertCodeRefusedAsync(string userName, string code)
    {
        var check = await Browser().PostFormAsync("/logg-inn/kode", new() { ["UserName"] = userName, ["Code"] = code });
        var html = WebUtility.HtmlDecode(await check.Content.ReadAsStringAsync());
        Assert.Contains(AccessCodeMessages.NotForThisAccount, html);
        Assert.DoesNotContain("NewPassword", html);
        var redeem = await Browser().PostFormAsync("/logg-inn/kode?handler=Password",
            new() { ["UserName"] = userName, ["Code"] = code, ["NewPassword"] = Stolen, ["ConfirmPassword"] = Stolen }, "/logg-inn/kode");
        Assert.Equal(HttpStatusCode.OK, redeem.StatusCode);
        Assert.Contains(AccessCodeMessages.NotForThisAccount, WebUtility.HtmlDecode(await redeem.Content.ReadAsStringAsync()));
    }

    private static Task<HttpResponseMessage> IssueAsync(HttpClient leader, string userId) =>
        leader.PostFormAsync("/enhet/tilgangskoder?handler=Issue&enhet=hjemmetjenesten", new() { ["userId"] = userId }, Page);

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, html);
        Assert.Contains("id=\"issue-refused\"", html);
        Assert.DoesNotContain("access-card__code", html);
    }

    private async Task<string> AddMemberAsync(string userName, string role, bool ssoLogin)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IntranetUser>>();
        var unitId = await db.Units.Where(u => u.Slug == "hjemmetjenesten").Select(u => u.Id).SingleAsync();
        var user = new IntranetUser { UserName = userName, DisplayName = "Test " + userName, UnitId = unitId };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        if (ssoLogin) Assert.True((await users.AddLoginAsync(user, new UserLoginInfo("https://login.example/tenant", "oid-" + userName, "Testkommune ID"))).Succeeded);
        return user.Id;
    }

    private async Task<string> UserIdAsync(string userName)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private async Task<int> CodeCountAsync(string userId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Set<AccessCode>().CountAsync(c => c.UserId == userId);
    }

    private async Task<bool> HasPasswordAsync(string userName)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IntranetUser>>();
        return await users.HasPasswordAsync((await users.FindByNameAsync(userName))!);
    }
}
