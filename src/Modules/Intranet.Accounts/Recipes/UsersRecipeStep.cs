using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Recipes;
using Intranet.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Accounts.Recipes;

/// <summary>
/// The "users" step: users with unit, roles and the units they lead. A step marked developmentOnly
/// (the demo users) is skipped outside Development. Passwords are only set when a user is created.
/// </summary>
internal sealed class UsersRecipeStep(IntranetDbContext db, UserManager<IntranetUser> users, RoleManager<IdentityRole> roles) : IRecipeStep
{
    public string Name => "users";
    public int Order => 20;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        if (step.OptionalBool("developmentOnly", context, "") && !context.IsDevelopment)
        {
            Withhold(step, context);
            return;
        }
        await EnsureRolesAsync(context);
        var password = step.OptionalString("password", context, "");
        foreach (var (item, path) in step.Items("users", context))
            await UpsertAsync(item, path, password, context, ct);
    }

    private static void Withhold(JsonElement step, RecipeContext context)
    {
        foreach (var (item, path) in step.Items("users", context))
        {
            var username = item.RequiredString("username", context, path);
            context.WithheldUsers[username] = item.OptionalString("displayName", context, path) ?? username;
        }
    }

    private async Task EnsureRolesAsync(RecipeContext context)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
                context.Changed();
            }
    }

    private async Task UpsertAsync(JsonElement item, string path, string? password, RecipeContext context, CancellationToken ct)
    {
        var username = item.RequiredString("username", context, path);
        context.EnsureUnique("user", username, $"{path}.username");
        var wantedRoles = CheckRoles(item.StringList("roles", context, path), context, path);
        var unit = await UnitAsync(item.OptionalString("unit", context, path), context, $"{path}.unit", ct);
        var user = await users.FindByNameAsync(username);
        var created = user is null;
        user ??= new IntranetUser { UserName = username, CreatedAt = DateTimeOffset.UtcNow };
        var before = Snapshot(user);
        ApplyProfile(user, item, username, unit, context, path);
        var changed = created || before != Snapshot(user);
        var result = created
            ? (item.OptionalString("password", context, path) ?? password) is { } pw ? await users.CreateAsync(user, pw) : await users.CreateAsync(user)
            : changed ? await users.UpdateAsync(user) : IdentityResult.Success;
        if (!result.Succeeded) throw context.Error(FieldOf(result, path), string.Join(" ", result.Errors.Select(e => e.Description)));
        if (changed) context.Changed();
        await SyncRolesAsync(user, wantedRoles, context);
        await SyncLeadershipAsync(user, item.StringList("leads", context, path), context, path, ct);
    }

    private static void ApplyProfile(IntranetUser user, JsonElement item, string username, Unit? unit, RecipeContext context, string path)
    {
        user.DisplayName = item.OptionalString("displayName", context, path) ?? username;
        user.UnitId = unit?.Id;
        var culture = item.OptionalString("culture", context, path);
        if (culture is not null && culture is not ("nb" or "nn")) throw context.Error($"{path}.culture", $"«{culture}» må være nb eller nn.");
        user.Culture = culture ?? user.Culture;
        user.Email = item.OptionalString("email", context, path) ?? user.Email;
        user.JobTitle = item.OptionalString("jobTitle", context, path) ?? user.JobTitle;
        if (item.OptionalDate("startDate", context, path) is { } start) user.StartDate = DateOnly.FromDateTime(start.UtcDateTime);
    }

    private static (string, int?, string, string?, string?, DateOnly?) Snapshot(IntranetUser u) =>
        (u.DisplayName, u.UnitId, u.Culture, u.Email, u.JobTitle, u.StartDate);

    private static string FieldOf(IdentityResult result, string path) =>
        result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? $"{path}.password" : $"{path}.username";

    private async Task<Unit?> UnitAsync(string? slug, RecipeContext context, string field, CancellationToken ct)
    {
        if (slug is null) return null;
        return db.Units.Local.FirstOrDefault(u => u.Slug == slug) ?? await db.Units.FirstOrDefaultAsync(u => u.Slug == slug, ct)
               ?? throw context.Error(field, $"enheten «{slug}» finnes ikke.");
    }

    private static IReadOnlyList<string> CheckRoles(IReadOnlyList<string> wanted, RecipeContext context, string path)
    {
        var unknown = wanted.FirstOrDefault(r => !Roles.All.Contains(r));
        if (unknown is not null) throw context.Error($"{path}.roles", $"«{unknown}» er ikke en rolle ({string.Join(", ", Roles.All)}).");
        return wanted;
    }

    /// <summary>Adds missing roles only: a recipe never takes away a role someone was given in the admin pages.</summary>
    private async Task SyncRolesAsync(IntranetUser user, IReadOnlyList<string> wanted, RecipeContext context)
    {
        var current = await users.GetRolesAsync(user);
        var missing = wanted.Distinct().Except(current).ToList();
        if (missing.Count == 0) return;
        await users.AddToRolesAsync(user, missing);
        context.Changed();
    }

    private async Task SyncLeadershipAsync(IntranetUser user, IReadOnlyList<string> unitSlugs, RecipeContext context, string path, CancellationToken ct)
    {
        foreach (var slug in unitSlugs.Distinct())
        {
            var unit = (await UnitAsync(slug, context, $"{path}.leads", ct))!;
            if (await db.UnitLeaders.AnyAsync(l => l.UnitId == unit.Id && l.UserId == user.Id, ct)) continue;
            db.UnitLeaders.Add(new UnitLeader { UnitId = unit.Id, UserId = user.Id });
            context.Changed();
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Slug, ct);
        var leaders = await db.UnitLeaders.AsNoTracking().ToListAsync(ct);
        var list = new JsonArray();
        foreach (var u in await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct))
        {
            var roleNames = await users.GetRolesAsync(u);
            list.Add(new JsonObject
            {
                ["username"] = u.UserName,
                ["displayName"] = u.DisplayName,
                ["unit"] = u.UnitId is int id ? units.GetValueOrDefault(id) : null,
                ["culture"] = u.Culture,
                ["email"] = u.Email,
                ["jobTitle"] = u.JobTitle,
                ["startDate"] = u.StartDate?.ToString("yyyy-MM-dd"),
                ["roles"] = new JsonArray(roleNames.Order().Select(r => (JsonNode)r).ToArray()),
                ["leads"] = new JsonArray(leaders.Where(l => l.UserId == u.Id).Select(l => (JsonNode)units[l.UnitId]).ToArray()),
            });
        }
        return new JsonObject { ["users"] = list };
    }
}
