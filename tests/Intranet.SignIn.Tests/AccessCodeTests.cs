using System.Net;
using Intranet.Accounts.AccessCodes;
using Intranet.Core.Data;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.SignIn.Tests;

public sealed class AccessCodeTests : SignInTestBase
{
    private const string NewPassword = "Vaktliste-2026-ok";

    [Fact]
    public async Task A_person_signs_in_with_a_code_chooses_a_password_and_the_code_is_spent()
    {
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var code = await AddMemberWithCodeAsync(leader, "vikar.kode");
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Set<AccessCode>().SingleAsync();
            Assert.DoesNotContain(AccessCodeFormat.Normalize(code), stored.CodeHash);
            Assert.Equal(TimeSpan.FromDays(14), stored.ExpiresAt - stored.CreatedAt);
        }

        var person = Browser();
        var step1 = await person.PostFormAsync("/logg-inn/kode", new() { ["UserName"] = "vikar.kode", ["Code"] = code.ToLowerInvariant() });
        Assert.Contains("NewPassword", await step1.Content.ReadAsStringAsync());
        var weak = await person.PostFormAsync("/logg-inn/kode?handler=Password",
            new() { ["UserName"] = "vikar.kode", ["Code"] = code, ["NewPassword"] = "kort", ["ConfirmPassword"] = "kort" }, "/logg-inn/kode");
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("field-error", await weak.Content.ReadAsStringAsync());

        var done = await person.PostFormAsync("/logg-inn/kode?handler=Password",
            new() { ["UserName"] = "vikar.kode", ["Code"] = code, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword }, "/logg-inn/kode");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/profil")).StatusCode);

        await Factory.SignedInClientAsync("vikar.kode", NewPassword);
        var reused = await Browser().PostFormAsync("/logg-inn/kode", new() { ["UserName"] = "vikar.kode", ["Code"] = code });
        Assert.Contains(Html(AccessCodeMessages.Used), await reused.Content.ReadAsStringAsync());

        // Forgot the password: a person the access-code flow created (and who chose their password through it)
        // may be given a new code, and redeeming it replaces the forgotten password.
        string userId;
        await using (var scope = Factory.Services.CreateAsyncScope())
            userId = await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Users.Where(u => u.UserName == "vikar.kode").Select(u => u.Id).SingleAsync();
        var reissued = await leader.PostFormAsync("/enhet/tilgangskoder?handler=Issue&enhet=hjemmetjenesten",
            new() { ["userId"] = userId }, "/enhet/tilgangskoder?enhet=hjemmetjenesten");
        var second = CodeOnCard(await reissued.Content.ReadAsStringAsync());
        const string remembered = "Nytt-vaktpassord-2026";
        var replaced = await Browser().PostFormAsync("/logg-inn/kode?handler=Password",
            new() { ["UserName"] = "vikar.kode", ["Code"] = second, ["NewPassword"] = remembered, ["ConfirmPassword"] = remembered }, "/logg-inn/kode");
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        await Factory.SignedInClientAsync("vikar.kode", remembered);
    }

    [Fact]
    public async Task A_revoked_code_is_refused_with_a_clear_message_and_a_wrong_code_says_nothing_more()
    {
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var code = await AddMemberWithCodeAsync(leader, "vikar.trukket");
        int codeId;
        await using (var scope = Factory.Services.CreateAsyncScope())
            codeId = (await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Set<AccessCode>().SingleAsync()).Id;
        var revoke = await leader.PostFormAsync("/enhet/tilgangskoder?handler=Revoke&enhet=hjemmetjenesten",
            new() { ["codeId"] = codeId.ToString() }, "/enhet/tilgangskoder?enhet=hjemmetjenesten");
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);

        var refused = await Browser().PostFormAsync("/logg-inn/kode", new() { ["UserName"] = "vikar.trukket", ["Code"] = code });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains(Html(AccessCodeMessages.Revoked), html);
        Assert.DoesNotContain("NewPassword", html);

        var wrong = await Browser().PostFormAsync("/logg-inn/kode", new() { ["UserName"] = "vikar.trukket", ["Code"] = "AAAA-BBBB-CCCC" });
        Assert.Contains(Html(AccessCodeMessages.Wrong), await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_leader_manages_only_their_own_units_members_and_employees_not_at_all()
    {
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        string adminId;
        await using (var scope = Factory.Services.CreateAsyncScope())
            adminId = await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync();
        var outside = await leader.PostFormAsync("/enhet/tilgangskoder?handler=Issue&enhet=hjemmetjenesten",
            new() { ["userId"] = adminId }, "/enhet/tilgangskoder?enhet=hjemmetjenesten");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/enhet/tilgangskoder?enhet=it")).StatusCode);

        var employee = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var denied = await employee.GetAsync("/enhet/tilgangskoder");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/feil/403", denied.Headers.Location!.ToString());
    }

    private static string Html(string text) => System.Text.Encodings.Web.HtmlEncoder.Default.Encode(text);
}
