using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Intranet.Accounts.Tokens;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.SignIn.Tests;

public sealed partial class TokenAndSessionTests : SignInTestBase
{
    [Fact]
    public async Task A_read_only_token_reads_but_any_unsafe_request_gets_403_problem_json()
    {
        var person = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var readOnly = await CreateTokenAsync(person, "Lesebot", "read");
        var readWrite = await CreateTokenAsync(person, "Skrivebot", "write");
        var list = await person.GetStringAsync("/profil/tokens");
        Assert.Contains("Lesebot", list);
        Assert.DoesNotContain(readOnly, list); // shown once, never listed

        var reader = Bearer(readOnly);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/profil")).StatusCode);
        var refused = await reader.DeleteAsync("/api/auth/token");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<JsonElement>(await refused.Content.ReadAsStringAsync());
        Assert.Equal(ReadOnlyMessages.Title, problem.GetProperty("title").GetString());
        // Pages are guarded too: a form post with a read-only token is refused before the page runs.
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync("/profil/tokens", new FormUrlEncodedContent([]))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await Bearer(readWrite).DeleteAsync("/api/auth/token")).StatusCode);
        AssertRefusedToken(await Bearer(readWrite).GetAsync("/profil"));
    }

    [Fact]
    public async Task A_revoked_personal_token_stops_working()
    {
        var person = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var token = await CreateTokenAsync(person, "Kortliv", "read");
        var page = await person.GetStringAsync("/profil/tokens");
        var id = TokenId().Match(page).Groups[1].Value;
        var revoked = await person.PostFormAsync("/profil/tokens?handler=Revoke", new() { ["tokenId"] = id }, "/profil/tokens");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        AssertRefusedToken(await Bearer(token).GetAsync("/profil"));
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_tokens_but_not_this_one()
    {
        var before = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var token = await CreateTokenAsync(before, "Før endring", "write");
        var changer = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/profil")).StatusCode);

        const string next = "Nytt-passord-2026-x";
        var changed = await changer.PostFormAsync("/profil/passord",
            new() { ["CurrentPassword"] = DemoUsers.Password, ["NewPassword"] = next, ["ConfirmPassword"] = next });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await changer.GetAsync("/profil")).StatusCode);
        AssertSentToLogin(await before.GetAsync("/profil"));
        AssertRefusedToken(await Bearer(token).GetAsync("/profil"));
        await Factory.SignedInClientAsync(DemoUsers.Nyansatt, next);
    }

    [Fact]
    public async Task An_administrators_role_change_ends_the_persons_other_sessions_and_tokens()
    {
        var session = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var personal = await CreateTokenAsync(session, "Før rolleendring", "read");
        var api = await Factory.TokenClientAsync(DemoUsers.Nyansatt);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/profil")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(personal).GetAsync("/profil")).StatusCode);

        var (id, name, unitId) = await PersonAsync(DemoUsers.Nyansatt);
        var admin = await Factory.SignedInClientAsync(DemoUsers.Admin);
        var saved = await admin.PostFormAsync($"/admin/brukere/{id}",
            new() { ["DisplayName"] = name, ["UnitId"] = unitId.ToString(), ["Roles"] = Roles.Ansatt });
        Assert.Equal($"/admin/brukere/{id}?lagret=true", saved.Headers.Location!.OriginalString);
        Assert.Equal([Roles.Ansatt], await RolesAsync(id));

        AssertSentToLogin(await session.GetAsync("/profil"));
        AssertRefusedToken(await api.GetAsync("/profil"));
        AssertRefusedToken(await Bearer(personal).GetAsync("/profil"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/profil")).StatusCode);
        await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
    }

    private async Task<(string Id, string Name, int UnitId)> PersonAsync(string userName)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Users.SingleAsync(u => u.UserName == userName);
        return (user.Id, user.DisplayName, user.UnitId!.Value);
    }

    private async Task<List<string>> RolesAsync(string userId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IntranetUser>>();
        return [.. await users.GetRolesAsync((await users.FindByIdAsync(userId))!)];
    }

    [Fact]
    public async Task A_wrong_current_password_is_shown_by_the_field()
    {
        var person = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var response = await person.PostFormAsync("/profil/passord",
            new() { ["CurrentPassword"] = "feil-passord", ["NewPassword"] = "Nytt-passord-2026-x", ["ConfirmPassword"] = "Nytt-passord-2026-x" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("CurrentPassword-error", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_and_token()
    {
        var one = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var two = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var token = await CreateTokenAsync(two, "Integrasjon", "write");
        var response = await one.PostFormAsync("/profil?handler=SignOutEverywhere", new(), "/profil");
        Assert.Equal("/logg-inn?utlogget=overalt", response.Headers.Location!.OriginalString);
        AssertSentToLogin(await one.GetAsync("/profil"));
        AssertSentToLogin(await two.GetAsync("/profil"));
        AssertRefusedToken(await Bearer(token).GetAsync("/profil"));
    }

    private async Task<string> CreateTokenAsync(HttpClient person, string name, string access)
    {
        var response = await person.PostFormAsync("/profil/tokens", new() { ["Name"] = name, ["Access"] = access, ["Days"] = "30" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = NewToken().Match(await response.Content.ReadAsStringAsync());
        Assert.True(match.Success, "the new token is shown");
        return match.Groups[1].Value;
    }

    private HttpClient Bearer(string token)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static void AssertRefusedToken(HttpResponseMessage response) =>
        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized || (response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location!.ToString().Contains("/logg-inn")), $"token still accepted: {(int)response.StatusCode}");

    [GeneratedRegex("id=\"new-token-value\" class=\"token-value\" value=\"(itk_[^\"]+)\"")]
    private static partial Regex NewToken();

    [GeneratedRegex("name=\"tokenId\" value=\"(\\d+)\"")]
    private static partial Regex TokenId();
}
