using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Users;
using Intranet.News.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Services;

/// <summary>
/// When a user is deleted, their news comments stay (a conversation keeps its sense) but under
/// <see cref="FormerEmployee.Name"/> and without their id, and their reactions go. Read confirmations go with the
/// user through their foreign key.
/// </summary>
public sealed class NewsOnUserDeleted(IntranetDbContext db) : IUserDeletionHandler
{
    public async Task OnUserDeletingAsync(string userId, Actor actor, CancellationToken ct = default)
    {
        await db.Set<NewsComment>().Where(c => c.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UserId, "").SetProperty(c => c.AuthorName, FormerEmployee.Name), ct);
        await db.Set<NewsReaction>().Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
    }
}
