using Intranet.Core.Cluster;
using Intranet.Core.Data;
using Intranet.Core.Time;
using Intranet.Newsletter.Mail;
using Intranet.Newsletter.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Intranet.Newsletter.Services;

/// <summary>
/// Delivers outbox rows: claim (Pending → Sending, a conditional update only one sender wins) → send → Sent.
/// The row exists before any attempt, so a period is never mailed twice. Choice: AT MOST ONCE. A row left in
/// Sending by a crashed sender is not resent blindly but marked Unknown (<see cref="RecoverAbandonedAsync"/>):
/// a duplicate newsletter is worse than a missed one, and the window is only the DATA transfer because the
/// connection is checked before claiming. Failures that certainly did not deliver (refused connection, rejected
/// command) go back to Pending with exponential back-off in <see cref="OutboxMessage.NextAttemptAt"/>.
/// </summary>
public sealed class MailOutbox(IntranetDbContext db, IMailTransport transport, MailMessageFactory messages, IClock clock,
    NodeIdentity node, ILogger<MailOutbox> logger)
{
    public const int MaxAttempts = 8;
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(10);

    /// <summary>1, 2, 4, 8 … minutes after the n-th failed attempt, at most six hours.</summary>
    public static TimeSpan BackOff(int attempts) => TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Max(0, attempts - 1)), 360));

    private DbSet<OutboxMessage> Rows => db.Set<OutboxMessage>();

    public async Task<DeliveryReport> DeliverDueAsync(int max = 500, CancellationToken ct = default)
    {
        var report = new DeliveryReport { Abandoned = await RecoverAbandonedAsync(ct) };
        var now = clock.UtcNow;
        var due = await Rows.Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Select(m => m.Id).Take(max).ToListAsync(ct);
        if (due.Count == 0) return report;
        await using var session = await transport.OpenAsync(ct);
        for (var i = 0; i < due.Count; i++)
        {
            try { await session.EnsureReadyAsync(ct); }
            catch (MailNotDeliveredException e)
            {
                report.Deferred += await DeferAsync(due[i..], e.Message, ct);
                break;
            }
            await DeliverOneAsync(session, due[i], report, ct);
        }
        return report;
    }

    private async Task DeliverOneAsync(IMailSession session, long id, DeliveryReport report, CancellationToken ct)
    {
        var claimedAt = clock.UtcNow;
        var claimed = await Rows.Where(m => m.Id == id && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.ClaimedAt, claimedAt)
                .SetProperty(m => m.ClaimedBy, node.Id).SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        if (claimed == 0) return;
        var row = await Rows.AsNoTracking().FirstAsync(m => m.Id == id, ct);
        try
        {
            await session.SendAsync(messages.Create(row), ct);
            await SetAsync(id, OutboxStatus.Sent, null, ct);
            report.Sent++;
        }
        catch (MailNotDeliveredException e)
        {
            await RetryLaterAsync(id, row.Attempts, e.Message, ct);
            report.Deferred++;
        }
        catch (MailOutcomeUnknownException e)
        {
            logger.LogWarning(e, "Mail {Id} may or may not have been delivered; not resending", id);
            await SetAsync(id, OutboxStatus.Unknown, e.Message, ct);
            report.Unknown++;
        }
    }

    /// <summary>The server is away: every row still due this run gets its next attempt pushed back.</summary>
    private async Task<int> DeferAsync(IReadOnlyList<long> ids, string error, CancellationToken ct)
    {
        var rows = await Rows.Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Pending).ToListAsync(ct);
        var now = clock.UtcNow;
        foreach (var row in rows)
        {
            row.Attempts++;
            Schedule(row, now, error);
        }
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    private async Task RetryLaterAsync(long id, int attempts, string error, CancellationToken ct)
    {
        var row = await Rows.FirstAsync(m => m.Id == id, ct);
        row.Attempts = attempts;
        Schedule(row, clock.UtcNow, error);
        await db.SaveChangesAsync(ct);
    }

    private static void Schedule(OutboxMessage row, DateTimeOffset now, string error)
    {
        row.LastError = Trim(error);
        row.Status = row.Attempts >= MaxAttempts ? OutboxStatus.Failed : OutboxStatus.Pending;
        row.NextAttemptAt = now + BackOff(row.Attempts);
    }

    private Task SetAsync(long id, OutboxStatus status, string? error, CancellationToken ct)
    {
        DateTimeOffset? sentAt = status == OutboxStatus.Sent ? clock.UtcNow : null;
        return Rows.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status)
            .SetProperty(m => m.SentAt, sentAt).SetProperty(m => m.LastError, Trim(error)), ct);
    }

    /// <summary>Rows a dead sender left in Sending: their fate is unknown, so they are recorded, not resent.</summary>
    public Task<int> RecoverAbandonedAsync(CancellationToken ct = default)
    {
        var before = clock.UtcNow - AbandonedAfter;
        return Rows.Where(m => m.Status == OutboxStatus.Sending && m.ClaimedAt < before)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Unknown)
                .SetProperty(m => m.LastError, "Avsenderen stoppet under sending; ikke sendt på nytt."), ct);
    }

    private static string? Trim(string? s) => s is { Length: > 1000 } ? s[..1000] : s;
}
