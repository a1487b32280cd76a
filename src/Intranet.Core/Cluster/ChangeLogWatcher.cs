using Intranet.Core.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace Intranet.Core.Cluster;

/// <summary>
/// Each node polls the shared change log with its own in-memory cursor (one indexed "id &gt; cursor" query per
/// interval, default 1 s, <c>Intranet:Cluster:ChangePollInterval</c>) and raises <see cref="IClusterEvents"/>
/// locally: expires the content change token and evicts the output-cache tag. Polling works on both providers
/// and needs no listener connection; changes made on this node are seen the same way as anyone else's.
/// </summary>
public sealed class ChangeLogWatcher(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ChangeLogWatcher> log)
    : BackgroundService, IClusterEvents
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _polling = new(1, 1);
    private CancellationTokenSource _changed = new();
    private long _cursor = -1;

    public IChangeToken ContentChangeToken
    {
        get { lock (_gate) return new CancellationChangeToken(_changed.Token); }
    }

    public long LastSeenChange => Interlocked.Read(ref _cursor);

    public event Action<long>? ContentChanged;

    private TimeSpan Interval => configuration.GetValue("Intranet:Cluster:ChangePollInterval", TimeSpan.FromSeconds(1));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Reading the change log failed; retrying on the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One poll; public so a caller that just changed content can catch up without waiting.</summary>
    public async Task PollAsync(CancellationToken ct = default)
    {
        await _polling.WaitAsync(ct);
        try
        {
            await PollOnceAsync(ct);
        }
        finally
        {
            _polling.Release();
        }
    }

    private async Task PollOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var newest = await db.ChangeLog.MaxAsync(e => (long?)e.Id, ct) ?? 0;
        var previous = Interlocked.Exchange(ref _cursor, newest);
        // The first poll only sets the cursor: nothing cached on this node is older than its start.
        if (previous < 0 || newest <= previous) return;
        await RaiseAsync(scope.ServiceProvider, newest, ct);
    }

    private async Task RaiseAsync(IServiceProvider services, long newest, CancellationToken ct)
    {
        CancellationTokenSource expired;
        lock (_gate)
        {
            expired = _changed;
            _changed = new CancellationTokenSource();
        }
        expired.Cancel();
        expired.Dispose();
        var outputCache = services.GetService<IOutputCacheStore>();
        if (outputCache is not null) await outputCache.EvictByTagAsync(ContentCacheExtensions.OutputCacheTag, ct);
        ContentChanged?.Invoke(newest);
    }
}
