using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Users;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Identity;

namespace Intranet.Accounts.Services;

/// <summary>
/// An administrator deletes a user. In one transaction every module's <see cref="IUserDeletionHandler"/>
/// anonymises or removes what the person wrote (stories, comments, ...), the audit log records who deleted whom,
/// and the Identity user goes; rows that only belong to the person (roles, leadership, notifications, tokens,
/// access codes, checklist ticks, ...) go with it through their foreign keys' cascade.
/// </summary>
public sealed class UserDeletion(
    IntranetDbContext db, UserManager<IntranetUser> users, IEnumerable<IUserDeletionHandler> handlers, IAuditLog audit)
{
    public const string AuditAction = "delete";
    public const string AuditEntity = "user";

    public async Task DeleteAsync(string userId, ClaimsPrincipal by, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId) ?? throw ValidationFailedException.For("", "Brukeren finnes ikke.");
        await CheckAllowedAsync(user, by);
        var actor = Actor.From(by);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var handler in handlers) await handler.OnUserDeletingAsync(user.Id, actor, ct);
        audit.Record(actor, AuditAction, AuditEntity, user.Id, $"{user.UserName} ({user.DisplayName})");
        await db.SaveChangesAsync(ct);
        IdentityFailures.ThrowIfFailed(await users.DeleteAsync(user));
        await tx.CommitAsync(ct);
    }

    private async Task CheckAllowedAsync(IntranetUser user, ClaimsPrincipal by)
    {
        if (user.Id == by.UserId()) throw ValidationFailedException.For("", "Du kan ikke slette din egen bruker.");
        if (await users.IsInRoleAsync(user, Roles.Administrator) && (await users.GetUsersInRoleAsync(Roles.Administrator)).Count <= 1)
            throw ValidationFailedException.For("", "Det må finnes minst én administrator.");
    }
}
