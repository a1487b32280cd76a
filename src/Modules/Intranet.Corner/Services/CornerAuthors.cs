using System.Security.Claims;
using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Corner.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Corner.Services;

/// <summary>Who may write in the corner and answer questions: the chief executive, administrators and delegates.</summary>
public sealed class CornerAuthors(IntranetDbContext db, PermissionRegistry permissions)
{
    public bool IsChiefExecutive(ClaimsPrincipal user) => permissions.Allows(user, CornerPermissions.Write);

    public async Task<bool> MayWriteAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (IsChiefExecutive(user)) return true;
        var userId = user.UserId();
        return await db.Set<CornerDelegate>().AnyAsync(d => d.UserId == userId, ct);
    }

    /// <summary>Who handles "Spør kommunedirektøren": writers (chief executive, delegates) and communications staff.</summary>
    public async Task<bool> MayModerateAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        user.Identity?.IsAuthenticated == true
        && (permissions.Allows(user, CornerPermissions.Moderate) || await MayWriteAsync(user, ct));

    public bool MayExport(ClaimsPrincipal user) => permissions.Allows(user, CornerPermissions.Export);

    public async Task<List<DelegateRow>> DelegatesAsync(CancellationToken ct = default) =>
        await db.Users.Where(u => db.Set<CornerDelegate>().Any(d => d.UserId == u.Id)).OrderBy(u => u.DisplayName)
            .Select(u => new DelegateRow(u.Id, u.UserName ?? "", u.DisplayName)).ToListAsync(ct);

    public async Task AddDelegateAsync(string userName, string addedBy, DateTimeOffset now, CancellationToken ct = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName.Trim(), ct)
                   ?? throw Core.Validation.ValidationFailedException.For("userName", "Finner ingen bruker med det brukernavnet.");
        if (await db.Set<CornerDelegate>().AnyAsync(d => d.UserId == user.Id, ct)) return;
        db.Add(new CornerDelegate { UserId = user.Id, AddedBy = addedBy, AddedAt = now });
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveDelegateAsync(string userId, CancellationToken ct = default)
    {
        var row = await db.Set<CornerDelegate>().FirstOrDefaultAsync(d => d.UserId == userId, ct);
        if (row is null) return;
        db.Remove(row);
        await db.SaveChangesAsync(ct);
    }
}

public sealed record DelegateRow(string UserId, string UserName, string DisplayName);
