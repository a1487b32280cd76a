using Intranet.Newsletter.Models;
using Intranet.Newsletter.Services;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Newsletter.Tests;

/// <summary>"A crash in the middle never sends twice": a row a dead sender left in Sending is recorded Unknown, never resent.</summary>
public abstract class OutboxRecoveryTests(DatabaseProvider provider) : DigestHost(provider, smtp: true)
{
    [Fact]
    public async Task A_digest_left_in_sending_by_a_crashed_sender_becomes_unknown_and_is_never_sent_again()
    {
        await PublishNewsAsync(new { title = "Nytt om vaktbytte", body = "Les mer.", units = Array.Empty<string>() });
        using (var scope = Factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<DigestPlanner>().PlanDueAsync(new DeliveryReport());
        // The state a sender leaves when it dies after claiming Kari's row, before the server confirmed the mail.
        var claimed = await WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.ToAddress == Kari && m.Status == OutboxStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.ClaimedAt, Clock.UtcNow)
                .SetProperty(m => m.ClaimedBy, "dead-node").SetProperty(m => m.Attempts, 1)));
        Assert.Equal(1, claimed);

        var soon = await RunDigestAsync(); // a restarted node, while the claim is still fresh

        Assert.Equal((0, 0), (soon.Composed, soon.Abandoned));
        Assert.True(soon.Sent >= 4, soon.ToString());
        Assert.Equal(OutboxStatus.Sending, (await RowForAsync(Kari)).Status);

        Clock.Advance(MailOutbox.AbandonedAfter + TimeSpan.FromMinutes(1));
        var later = await RunDigestAsync();

        Assert.Equal((1, 0), (later.Abandoned, later.Sent));
        var row = await RowForAsync(Kari);
        Assert.Equal((OutboxStatus.Unknown, 1), (row.Status, row.Attempts));
        Assert.NotNull(row.LastError);

        Clock.Advance(TimeSpan.FromDays(1));
        var next = await RunDigestAsync();
        Assert.Equal((0, 0, 0), (next.Composed, next.Sent, next.Abandoned));
        Assert.Equal(0, Smtp.CountFor(Kari));
        Assert.All(Smtp.Received.GroupBy(m => m.To.Mailboxes.First().Address), g => Assert.Single(g));
        Assert.Equal(1, await WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.ToAddress == Kari)));
    }
}

public sealed class OutboxRecoveryTestsSqlite() : OutboxRecoveryTests(DatabaseProvider.Sqlite);

public sealed class OutboxRecoveryTestsPostgres() : OutboxRecoveryTests(DatabaseProvider.Postgres);
