using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Newsletter.Models;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Services;

/// <summary>
/// Writes the outbox row of every digest due now. The row (unique per user and period) and the user's new
/// "last digest" time are saved in one SaveChanges, i.e. one transaction, before anything is sent: a crash
/// either leaves both or neither. An empty digest is recorded as Empty and never sent.
/// </summary>
public sealed class DigestPlanner(IntranetDbContext db, RecipientDirectory recipients, DigestComposer composer, MailRenderer renderer,
    DigestSettings settings, IClock clock)
{
    public const string Heading = "Nytt på intranettet siden sist";

    public async Task PlanDueAsync(DeliveryReport report, CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        if (!DigestPeriods.IsSendingHour(now)) return;
        var forced = await settings.ForceImportantAsync(ct);
        var keys = new[] { DigestPeriods.Key(DigestFrequency.Daily, now), DigestPeriods.Key(DigestFrequency.Weekly, now) };
        var done = (await db.Set<OutboxMessage>().Where(m => keys.Contains(m.DedupKey)).Select(m => m.UserId + "|" + m.DedupKey).ToListAsync(ct)).ToHashSet();
        foreach (var recipient in await recipients.AllAsync(ct: ct))
        {
            var off = recipient.Preference.Frequency == DigestFrequency.Off;
            if (off && !forced) continue;
            var frequency = off ? DigestFrequency.Weekly : recipient.Preference.Frequency;
            var key = DigestPeriods.Key(frequency, now);
            if (done.Contains(recipient.UserId + "|" + key)) continue;
            await PlanOneAsync(recipient, frequency, key, off, now, report, ct);
        }
    }

    private async Task PlanOneAsync(Recipient recipient, DigestFrequency frequency, string key, bool onlyForced, DateTimeOffset now, DeliveryReport report, CancellationToken ct)
    {
        var since = recipient.Preference.LastDigestAt ?? now - DigestPeriods.Length(frequency);
        var items = await composer.ComposeAsync(recipient.Reader, since, now, onlyForced, ct);
        var row = new OutboxMessage
        {
            UserId = recipient.UserId, DedupKey = key, ToAddress = recipient.Email, ToName = recipient.Name,
            CreatedAt = now, NextAttemptAt = now, ItemCount = items.Count,
            Status = items.Count == 0 ? OutboxStatus.Empty : OutboxStatus.Pending,
        };
        if (items.Count > 0)
        {
            var mail = renderer.Render(recipient.Culture, Heading, null, items, translateHeading: true);
            (row.Subject, row.HtmlBody, row.TextBody) = (mail.Subject, mail.Html, mail.Text);
        }
        db.Add(row);
        await RememberAsync(recipient, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            if (items.Count == 0) report.Empty++; else report.Composed++;
        }
        catch (DbUpdateException)
        {
            // Another node wrote this period's row first: that one stands.
            db.ChangeTracker.Clear();
        }
    }

    private async Task RememberAsync(Recipient recipient, DateTimeOffset now, CancellationToken ct)
    {
        var pref = await db.Set<DigestPreference>().FirstOrDefaultAsync(p => p.UserId == recipient.UserId, ct);
        if (pref is null) db.Add(pref = new DigestPreference { UserId = recipient.UserId, Frequency = recipient.Preference.Frequency });
        pref.LastDigestAt = now;
    }
}
