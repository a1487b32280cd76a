using Intranet.Core.Data;
using Intranet.Core.Notifications;
using Intranet.Core.Time;
using Intranet.Values.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Values.Services;

/// <summary>
/// Gives a verdirose: stores it as pending (it shows on the values' pages at once) and notifies the colleague,
/// or for a team every leader of the unit, who may accept it for the unit's page.
/// </summary>
public sealed class PraiseSender(IntranetDbContext db, PraiseRules rules, INotificationSender notifications, IClock clock)
{
    public const string MineUrl = "/verdier/roser/mine";

    public async Task<int> SendAsync(PraiseInput input, string senderId, string senderName, CancellationToken ct = default)
    {
        var recipient = await rules.CheckAsync(input, senderId, ct);
        var praise = new ValuePraise
        {
            SenderId = senderId,
            RecipientUserId = recipient.User?.Id,
            UnitId = recipient.User is { } user ? user.UnitId : recipient.Unit!.Id,
            Message = input.Message!.Trim(),
            CreatedAt = clock.UtcNow,
            Values = input.Values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct()
                .Select(v => new ValuePraiseValue { ValueSlug = v }).ToList(),
        };
        db.Add(praise);
        await db.SaveChangesAsync(ct);
        await NotifyAsync(praise, senderName, recipient, ct);
        return praise.Id;
    }

    private async Task NotifyAsync(ValuePraise praise, string senderName, PraiseRules.Recipient recipient, CancellationToken ct)
    {
        var url = $"{MineUrl}#rose-{praise.Id}";
        var key = $"values:praise:{praise.Id}";
        if (recipient.User is { } user)
        {
            await notifications.SendAsync(user.Id, PraiseNotifications.ToPerson.Fill(senderName), url, key, ct);
            return;
        }
        var leaders = await db.UnitLeaders.Where(l => l.UnitId == praise.UnitId && l.UserId != praise.SenderId)
            .Select(l => l.UserId).ToListAsync(ct);
        foreach (var leader in leaders)
            await notifications.SendAsync(leader, PraiseNotifications.ToUnit.Fill(senderName, recipient.Unit!.Name), url, key, ct);
    }
}
