using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Search.Indexing;

/// <summary>Starts a rebuild in the background (the admin button) so the request returns at once.</summary>
public sealed class RebuildLauncher(IServiceScopeFactory scopes, IndexStatus status, ILogger<RebuildLauncher> logger)
{
    /// <returns>False when a rebuild is already running.</returns>
    public bool Start()
    {
        if (status.Rebuilding) return false;
        status.Rebuilding = true;
        status.RebuildDone = 0;
        _ = Task.Run(async () =>
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<IndexRebuilder>().RebuildAsync(CancellationToken.None);
            }
            catch (Exception e) { logger.LogError(e, "Background rebuild of the search index failed."); }
        });
        return true;
    }
}
