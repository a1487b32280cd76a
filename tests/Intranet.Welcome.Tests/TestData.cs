using System.Net;
using System.Text.RegularExpressions;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Testing;
using Intranet.Welcome.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Welcome.Tests;

/// <summary>Database set-up and HTML reading shared by the welcome and values tests.</summary>
internal static partial class TestData
{
    public static async Task<T> InScopeAsync<T>(this IntranetFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public static Task<IntranetDbContext> Db(IServiceProvider sp) => Task.FromResult(sp.GetRequiredService<IntranetDbContext>());

    public static Task<int> AddMeetingAsync(this IntranetFactory factory, int capacity, string description = "Ta med godt humør") =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntranetDbContext>();
            var start = DateTimeOffset.UtcNow.AddDays(7);
            var meeting = new NewcomerMeeting
            {
                Title = "Testmøte " + Guid.NewGuid().ToString("N")[..6], Place = "Rådhuset, sal 1", Description = description,
                StartsAt = start, EndsAt = start.AddHours(2), Capacity = capacity,
            };
            db.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });

    /// <summary>A leader of another unit (biblioteket), to prove they see nothing of hjemmetjenesten.</summary>
    public static Task<string> AddOtherLeaderAsync(this IntranetFactory factory) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntranetDbContext>();
            var users = sp.GetRequiredService<UserManager<IntranetUser>>();
            const string name = "leder-biblioteket";
            if (await users.FindByNameAsync(name) is not null) return name;
            var unit = await db.Units.SingleAsync(u => u.Slug == "biblioteket");
            var user = new IntranetUser { UserName = name, DisplayName = "Bente Bibliotek", UnitId = unit.Id, CreatedAt = DateTimeOffset.UtcNow };
            (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.Enhetsleder);
            db.UnitLeaders.Add(new UnitLeader { UnitId = unit.Id, UserId = user.Id });
            await db.SaveChangesAsync();
            return name;
        });

    public static Task<List<int>> ChecklistItemIdsAsync(this IntranetFactory factory, string unitSlug) =>
        factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntranetDbContext>();
            var unit = await db.Units.SingleAsync(u => u.Slug == unitSlug);
            return await db.Set<ChecklistItem>().Where(i => i.UnitId == unit.Id).OrderBy(i => i.DueDay).ThenBy(i => i.SortOrder).Select(i => i.Id).ToListAsync();
        });

    public static IReadOnlyList<int> CheckedItems(string html) =>
        CheckedPattern().Matches(html).Select(m => int.Parse(m.Groups[1].Value)).ToList();

    public static string Text(string html) => WebUtility.HtmlDecode(html);

    private static void ShouldBeTrue(this bool value)
    {
        if (!value) throw new InvalidOperationException("Set-up failed.");
    }

    [GeneratedRegex("<input type=\"checkbox\" id=\"punkt-(\\d+)\" name=\"Ticked\" value=\"\\d+\" checked=\"checked\"")]
    private static partial Regex CheckedPattern();
}
