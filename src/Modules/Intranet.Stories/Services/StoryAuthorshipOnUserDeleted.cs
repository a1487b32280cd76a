using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Users;
using Intranet.Stories.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Intranet.Stories.Services;

/// <summary>
/// When a user is deleted their stories stay, credited to <see cref="FormerEmployee.Name"/> (config
/// <c>Intranet:Stories:OnUserDeleted</c> = Anonymise, the default) or are deleted (= Delete). Their comments
/// are anonymised and their applause removed either way. The Accounts admin calls this before deleting.
/// A consent record keeps only the recorder's display name, so every record carrying the person's name is
/// anonymised: a namesake's record loses the name too, which is the safe side for personal data.
/// </summary>
public sealed class StoryAuthorshipOnUserDeleted(IntranetDbContext db, IArticleService articles, IConfiguration configuration)
    : IUserDeletionHandler
{
    public const string Setting = "Intranet:Stories:OnUserDeleted";

    public bool DeletesStories => string.Equals(configuration[Setting], "Delete", StringComparison.OrdinalIgnoreCase);

    public async Task OnUserDeletingAsync(string userId, Actor actor, CancellationToken ct = default)
    {
        var ids = await db.Articles.Where(a => a.Kind == ArticleKinds.Story && a.AuthorId == userId).Select(a => a.Id).ToListAsync(ct);
        foreach (var id in ids)
        {
            if (DeletesStories) await articles.DeleteAsync(id, actor, ct);
            else await articles.SetAuthorAsync(id, null, FormerEmployee.Name, actor, ct);
        }
        await db.Set<StoryComment>().Where(c => c.AuthorId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AuthorId, (string?)null).SetProperty(c => c.AuthorName, FormerEmployee.Name), ct);
        await db.Set<StoryReview>().Where(r => r.ReviewerId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReviewerId, (string?)null).SetProperty(r => r.ReviewerName, FormerEmployee.Name), ct);
        await db.Set<StoryReaction>().Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
        await AnonymiseConsentRecordsAsync(userId, ct);
    }

    private async Task AnonymiseConsentRecordsAsync(string userId, CancellationToken ct)
    {
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        if (string.IsNullOrEmpty(name)) return;
        await db.Set<StoryDetails>().Where(d => d.ConsentRecordedBy == name)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ConsentRecordedBy, FormerEmployee.Name), ct);
    }
}
