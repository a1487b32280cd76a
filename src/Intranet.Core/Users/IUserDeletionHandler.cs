using Intranet.Core.Content;

namespace Intranet.Core.Users;

/// <summary>
/// A module's part in deleting a user: anonymise or remove what the user wrote or owns. The Accounts admin
/// calls every registered handler before it deletes the user.
/// </summary>
public interface IUserDeletionHandler
{
    Task OnUserDeletingAsync(string userId, Actor actor, CancellationToken ct = default);
}
