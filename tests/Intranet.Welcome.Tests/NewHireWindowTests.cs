using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Testing;
using Intranet.Welcome.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Welcome.Tests;

/// <summary>
/// A new hire by start date alone (no Nyansatt role): within the last 90 days they land on the welcome page and
/// show in their leader's list; an older start date does not count. Checklist due dates count from the start date.
/// </summary>
public abstract class NewHireWindowTests(HostFixture host)
{
    private const string Recent = "ny-uten-rolle", Old = "gammel-ansatt";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task A_recent_start_date_without_the_role_lands_on_the_welcome_page_with_due_dates_from_the_start()
    {
        await AddEmployeeAsync(Recent, "Nora Nyhus", Today.AddDays(-10));
        var client = await Factory.SignedInClientAsync(Recent);
        var landing = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.Equal("/velkommen", landing.Headers.Location?.OriginalString);

        var html = TestData.Text(await client.GetStringAsync("/velkommen"));
        Assert.Contains("Velkommen, Nora Nyhus!", html);
        Assert.Equal(Norwegian(Today.AddDays(-10 + 1)), DueDate(html, "Fått nøkler og adgangskort"));
        Assert.Equal(Norwegian(Today.AddDays(-10 + 14)), DueDate(html, "Møt verneombudet"));
    }

    [Fact]
    public async Task A_start_date_older_than_90_days_does_not_count()
    {
        await AddEmployeeAsync(Old, "Gunnar Gammel", Today.AddDays(-120));
        var client = await Factory.SignedInClientAsync(Old);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var html = TestData.Text(await client.GetStringAsync("/velkommen"));
        Assert.DoesNotContain("Velkommen, Gunnar Gammel!", html);
        Assert.DoesNotContain("id=\"sjekkliste\"", html);
    }

    [Fact]
    public async Task The_leader_lists_the_recent_start_but_not_the_old_one()
    {
        await AddEmployeeAsync(Recent, "Nora Nyhus", Today.AddDays(-10));
        await AddEmployeeAsync(Old, "Gunnar Gammel", Today.AddDays(-120));
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var html = TestData.Text(await leader.GetStringAsync("/velkommen/enhet"));
        Assert.Contains($"data-user=\"{Recent}\"", html);
        Assert.Contains($"Startet {Norwegian(Today.AddDays(-10))}", html);
        Assert.Contains($"data-user=\"{DemoUsers.Nyansatt}\"", html);
        Assert.DoesNotContain($"data-user=\"{Old}\"", html);
    }

    [Fact]
    public async Task The_demo_new_hire_sees_due_dates_counted_from_their_start_date()
    {
        var start = await Factory.InScopeAsync(async sp => await sp.GetRequiredService<IntranetDbContext>().Users
            .Where(u => u.UserName == DemoUsers.Nyansatt).Select(u => u.StartDate).SingleAsync());
        Assert.Equal(new DateOnly(2026, 11, 2), start);
        var client = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        var html = TestData.Text(await client.GetStringAsync("/velkommen"));
        Assert.Equal("2. november 2026", DueDate(html, "Møt lederen og fadderen din"));
        Assert.Equal("3. november 2026", DueDate(html, "Fått nøkler og adgangskort"));
        Assert.Equal("2. desember 2026", DueDate(html, "Meldt deg på velkomstmøtet for nyansatte"));
    }

    private static string Norwegian(DateOnly date) => date.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("nb-NO"));

    private static string DueDate(string html, string title)
    {
        var m = Regex.Match(html, Regex.Escape(title) + "\\s*<span class=\"meta\">frist ([^<]+)</span>");
        Assert.True(m.Success, $"no due date for {title}");
        return m.Groups[1].Value;
    }

    private Task AddEmployeeAsync(string userName, string displayName, DateOnly startDate) =>
        Factory.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<IntranetUser>>();
            if (await users.FindByNameAsync(userName) is not null) return 0;
            var unit = await sp.GetRequiredService<IntranetDbContext>().Units.SingleAsync(u => u.Slug == "hjemmetjenesten");
            var user = new IntranetUser
            {
                UserName = userName, DisplayName = displayName, UnitId = unit.Id, StartDate = startDate, CreatedAt = DateTimeOffset.UtcNow,
            };
            Assert.True((await users.CreateAsync(user, DemoUsers.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Ansatt)).Succeeded);
            return 0;
        });
}

/// <summary>The rule itself, without a host: the role, or a start date less than 90 days ago (or still to come).</summary>
public sealed class NewHireRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData(false, 0, true)]
    [InlineData(false, 89, true)]
    [InlineData(false, 91, false)]
    [InlineData(false, 400, false)]
    [InlineData(false, -14, true)] // starts in two weeks: may read the pack before the first day
    [InlineData(true, 400, true)]
    public void Qualifies_by_role_or_by_a_start_date_in_the_last_90_days(bool role, int daysAgo, bool expected) =>
        Assert.Equal(expected, NewHires.Qualifies(role, Today.AddDays(-daysAgo), Today));

    [Fact]
    public void Without_role_or_start_date_nobody_qualifies() => Assert.False(NewHires.Qualifies(false, null, Today));
}

public sealed class NewHireWindowTestsSqlite(SqliteHost host) : NewHireWindowTests(host), IClassFixture<SqliteHost>;

public sealed class NewHireWindowTestsPostgres(PostgresHost host) : NewHireWindowTests(host), IClassFixture<PostgresHost>;
