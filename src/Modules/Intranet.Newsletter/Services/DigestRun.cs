namespace Intranet.Newsletter.Services;

/// <summary>One pass of the digest machinery: compose what is due, then deliver what is in the outbox.</summary>
public sealed class DigestRun(DigestPlanner planner, MailOutbox outbox)
{
    public async Task<DeliveryReport> RunAsync(CancellationToken ct = default)
    {
        var report = new DeliveryReport();
        await planner.PlanDueAsync(report, ct);
        var delivery = await outbox.DeliverDueAsync(ct: ct);
        report.Sent = delivery.Sent;
        report.Deferred = delivery.Deferred;
        report.Unknown = delivery.Unknown;
        report.Abandoned = delivery.Abandoned;
        return report;
    }
}
