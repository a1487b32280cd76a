using System.Net;
using Intranet.Core.Data;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Accounts.Tests;

public abstract class AdminPagesTests(SharedIntranet host) : AccountsTestBase(host)
{
    private const string NewPassword = "Helt-nytt-passord-42";
    private static readonly string[] Pages = ["/admin", "/admin/brukere", "/admin/brukere/ny", "/admin/enheter", "/admin/roller"];

    [Fact]
    public async Task Employees_are_refused_the_admin_pages()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        foreach (var page in Pages) AssertRefused(await client.GetAsync(page));
    }

    [Fact]
    public async Task Administrators_see_the_admin_pages_and_navigation()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Admin);
        foreach (var page in Pages) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        var index = await client.GetStringAsync("/admin");
        Assert.Contains("href=\"/admin/brukere\"", index);
        Assert.Contains("href=\"/admin/roller\"", index);
        var roles = WebUtility.HtmlDecode(await client.GetStringAsync("/admin/roller"));
        Assert.Contains("Administrere brukere, roller og enheter", roles);
        Assert.Contains("accounts.manage", roles);
    }

    [Fact]
    public async Task Admin_creates_a_user_who_can_then_sign_in()
    {
        var admin = await Factory.SignedInClientAsync(DemoUsers.Admin);
        var unitId = await UnitIdAsync("hjemmetjenesten");
        var created = await admin.PostFormAsync("/admin/brukere/ny", new()
        {
            ["UserName"] = "ny.bruker", ["DisplayName"] = "Nora Ny", ["UnitId"] = unitId.ToString(),
            ["Roles"] = "Ansatt", ["Password"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/brukere?q=nora"));
        Assert.Contains("Nora Ny", list);
        Assert.Contains("Hjemmetjenesten", list);
        Assert.DoesNotContain("Kari Solberg", list);
        var profile = WebUtility.HtmlDecode(await (await Factory.SignedInClientAsync("ny.bruker", NewPassword)).GetStringAsync("/profil"));
        Assert.Contains("Nora Ny", profile);
    }

    [Fact]
    public async Task Invalid_new_user_reshows_the_form_with_messages_and_typed_values()
    {
        var admin = await Factory.SignedInClientAsync(DemoUsers.Admin);
        var response = await admin.PostFormAsync("/admin/brukere/ny", new() { ["UserName"] = "kort.passord", ["DisplayName"] = "", ["Password"] = "kort" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("value=\"kort.passord\"", html);
        Assert.Contains("Skriv navnet.", html);
        Assert.Contains("Velg minst én rolle.", html);
        Assert.Contains("error-summary", html);
    }

    [Fact]
    public async Task Admin_locks_and_unlocks_an_account()
    {
        var admin = await Factory.SignedInClientAsync(DemoUsers.Admin);
        var id = await UserIdAsync(DemoUsers.Nyansatt);
        var locked = await admin.PostFormAsync($"/admin/brukere/{id}?handler=Lock", [], $"/admin/brukere/{id}");
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Factory.SignedInClientAsync(DemoUsers.Nyansatt));
        await admin.PostFormAsync($"/admin/brukere/{id}?handler=Unlock", [], $"/admin/brukere/{id}");
        await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
    }

    [Fact]
    public async Task Admin_changes_roles_and_leadership()
    {
        var admin = await Factory.SignedInClientAsync(DemoUsers.Admin);
        var id = await UserIdAsync(DemoUsers.Nyansatt);
        var unitId = (await UnitIdAsync("hjemmetjenesten")).ToString();
        var saved = await admin.PostFormAsync($"/admin/brukere/{id}", new()
            { ["DisplayName"] = "Jonas Nordmann", ["UnitId"] = unitId, ["Roles"] = "Enhetsleder", ["Leads"] = unitId });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = WebUtility.HtmlDecode(await (await Factory.SignedInClientAsync(DemoUsers.Nyansatt)).GetStringAsync("/profil"));
        Assert.Contains("Enhetsleder", profile);
        Assert.Contains("Leder for", profile);
    }

    [Fact]
    public async Task Admin_creates_renames_and_moves_units()
    {
        var admin = await Factory.SignedInClientAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/enheter", new() { ["Name"] = "Oppvekst" })).StatusCode);
        var sectorId = await UnitIdAsync("oppvekst");
        await admin.PostFormAsync("/admin/enheter", new() { ["Name"] = "Bø skole", ["ParentId"] = sectorId.ToString() });
        var schoolId = await UnitIdAsync("bo-skole");
        var renamed = await admin.PostFormAsync($"/admin/enheter/{schoolId}", new()
            { ["Name"] = "Bø barneskole", ["ParentId"] = sectorId.ToString(), ["Leaders"] = "ansatt" }, $"/admin/enheter/{schoolId}");
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var tree = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/enheter"));
        Assert.Contains("Bø barneskole", tree);
        Assert.Contains("Kari Solberg", tree);
        var moveSector = await admin.PostFormAsync($"/admin/enheter/{sectorId}", new()
            { ["Name"] = "Oppvekst", ["ParentId"] = (await UnitIdAsync("helse-og-omsorg")).ToString() }, $"/admin/enheter/{sectorId}");
        Assert.Equal(HttpStatusCode.OK, moveSector.StatusCode);
        Assert.Contains("En sektor med enheter kan ikke flyttes", WebUtility.HtmlDecode(await moveSector.Content.ReadAsStringAsync()));
    }

    private async Task<int> UnitIdAsync(string slug)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Units.Where(u => u.Slug == slug).Select(u => u.Id).SingleAsync();
    }

    private async Task<string> UserIdAsync(string userName)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}

public sealed class AdminPagesTestsSqlite(SqliteIntranet host) : AdminPagesTests(host), IClassFixture<SqliteIntranet>;

public sealed class AdminPagesTestsPostgres(PostgresIntranet host) : AdminPagesTests(host), IClassFixture<PostgresIntranet>;
