using Intranet.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Intranet.Web.Hosting;

internal sealed class DatabaseHealthCheck(IntranetDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("Databasen svarer ikke.");
}
