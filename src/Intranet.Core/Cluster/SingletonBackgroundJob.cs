using Intranet.Core.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Intranet.Core.Cluster;

/// <summary>
/// Base class for background work that must run once per period across all nodes (digest sending, scheduled
/// publishing). Every node runs this loop; only the holder of the lease <see cref="JobName"/> does the work,
/// and only when the current period (slot = time / <see cref="Period"/>) has not completed yet. When the holder
/// dies its lease expires and another node takes over; a graceful stop releases it at once.
/// A holder that dies in the middle of a run leaves the slot unrecorded, so the next holder runs it again:
/// runs must be idempotent (e.g. mark each mail sent), which makes "once" hold even then.
/// Every run is written to <see cref="ClusterJobRun"/> (the journal), and the schedule below can be overridden per
/// job in configuration (<see cref="JobSchedule"/>).
/// </summary>
public abstract class SingletonBackgroundJob(IServiceScopeFactory scopes, IClock clock, ILogger logger) : BackgroundService
{
    /// <summary>The lease name; unique per job.</summary>
    protected abstract string JobName { get; }

    /// <summary>How often the job runs; periods are aligned to the Unix epoch, so all nodes agree on them.</summary>
    protected abstract TimeSpan Period { get; }

    /// <summary>How long a silent holder keeps the job; another node takes over after this.</summary>
    protected virtual TimeSpan LeaseDuration => TimeSpan.FromSeconds(30);

    /// <summary>How often each node checks (and the holder renews); well under the lease duration.</summary>
    protected virtual TimeSpan CheckInterval => TimeSpan.FromSeconds(5);

    /// <summary>The work for one period, in its own DI scope.</summary>
    protected abstract Task RunAsync(IServiceProvider services, long slot, CancellationToken ct);

    private JobSchedule? _schedule;

    /// <summary>The schedule in force: the defaults above unless configuration overrides them.</summary>
    protected JobSchedule Schedule => _schedule ??= ReadSchedule();

    private JobSchedule ReadSchedule()
    {
        using var scope = scopes.CreateScope();
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        return JobSchedule.From(configuration, JobName, new JobSchedule(Period, LeaseDuration, CheckInterval));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Schedule.CheckInterval);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Background job {Job} failed; retrying on the next check", JobName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ClusterLeases>().ReleaseAsync(JobName, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogInformation(e, "Could not release the lease of {Job}; it will expire", JobName);
        }
    }

    private async Task TickAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var leases = scope.ServiceProvider.GetRequiredService<ClusterLeases>();
        if (!await leases.TryAcquireAsync(JobName, Schedule.LeaseDuration, ct)) return;
        var slot = CurrentSlot();
        if (await leases.LastRunSlotAsync(JobName, ct) >= slot) return;
        var journal = scope.ServiceProvider.GetRequiredService<ClusterJobJournal>();
        var run = await journal.StartAsync(JobName, slot, ct);
        try
        {
            await RunAsync(scope.ServiceProvider, slot, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await journal.FinishAsync(run, e.GetType().Name + ": " + e.Message, ct);
            throw;
        }
        await journal.FinishAsync(run, null, ct);
        if (!await leases.RecordRunAsync(JobName, slot, ct))
            logger.LogWarning("Background job {Job} lost its lease during slot {Slot}", JobName, slot);
    }

    private long CurrentSlot() => clock.UtcNow.ToUnixTimeMilliseconds() / (long)Schedule.Period.TotalMilliseconds;
}
