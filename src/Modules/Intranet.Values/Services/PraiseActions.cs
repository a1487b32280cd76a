using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Values.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Services;

/// <summary>
/// What happens to a verdirose after it is given: the recipient (a team's leader) accepts or declines it for the
/// unit's page, the sender withdraws it, communications staff hide it. Each returns false when the praise does
/// not exist or is not the caller's to change (the page answers 404 either way, so nothing is revealed).
/// </summary>
public sealed class PraiseActions(IntranetDbContext db, IAuditLog audit, IClock clock)
{
    public Task<bool> AcceptAsync(int id, string userId, CancellationToken ct = default) => AnswerAsync(id, userId, PraiseStatus.Accepted, ct);

    public Task<bool> DeclineAsync(int id, string userId, CancellationToken ct = default) => AnswerAsync(id, userId, PraiseStatus.Declined, ct);

    /// <summary>Deletes the sender's own praise (with its values): withdrawn praise leaves nothing behind.</summary>
    public async Task<bool> WithdrawAsync(int id, Actor sender, CancellationToken ct = default)
    {
        var praise = await db.Set<ValuePraise>().FirstOrDefaultAsync(p => p.Id == id && p.SenderId == sender.UserId, ct);
        if (praise is null) return false;
        db.Remove(praise);
        audit.Record(sender, "withdraw", "praise", id.ToString());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Moderation: hidden praise shows nowhere (the caller has checked the moderation permission).</summary>
    public async Task<bool> HideAsync(int id, Actor moderator, CancellationToken ct = default)
    {
        var praise = await db.Set<ValuePraise>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (praise is null) return false;
        if (praise.HiddenAt is not null) return true;
        praise.HiddenAt = clock.UtcNow;
        praise.HiddenById = moderator.UserId;
        audit.Record(moderator, "hide", "praise", id.ToString());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>The colleague answers for themselves; a team's praise is answered by a leader of the unit.</summary>
    public IQueryable<ValuePraise> AnswerableBy(string userId) =>
        db.Set<ValuePraise>().Where(p => p.RecipientUserId == userId
            || (p.RecipientUserId == null && db.UnitLeaders.Any(l => l.UnitId == p.UnitId && l.UserId == userId)));

    private async Task<bool> AnswerAsync(int id, string userId, PraiseStatus status, CancellationToken ct)
    {
        var praise = await AnswerableBy(userId).FirstOrDefaultAsync(p => p.Id == id && p.HiddenAt == null, ct);
        if (praise is null) return false;
        praise.Status = status;
        praise.AnsweredAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
