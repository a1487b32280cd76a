using Intranet.Search.Indexing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Intranet.Search.Services;

/// <summary>/health: the index opens and answers a query.</summary>
public sealed class SearchIndexHealthCheck(SearchIndex index, IndexStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var documents = index.Search(s => s.IndexReader.NumDocs);
            var note = status.NeedsRebuild || status.Rebuilding ? " (bygges på nytt)" : "";
            return Task.FromResult(HealthCheckResult.Healthy($"{documents} dokumenter{note}"));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Søkeindeksen kan ikke brukes: " + e.Message));
        }
    }
}
