using Intranet.Core.Time;
using Intranet.Insights.Charts;
using Intranet.Insights.Pulse;
using Microsoft.Extensions.Options;

namespace Intranet.Insights.Services;

/// <summary>All charts of the dashboard for a scope, in the order they are shown; also what the CSV export serves.</summary>
public sealed class InsightsDashboard(
    ReachFigures reach, MustReadFigures mustRead, StoryFigures stories, SearchFigures search, PulseFigures pulse,
    IClock clock, IOptions<InsightsOptions> options)
{
    public MonthAxis Axis() => new(clock.UtcNow, options.Value);

    public async Task<List<ChartData>> ChartsAsync(InsightsScope scope, CancellationToken ct)
    {
        var axis = Axis();
        return
        [
            .. await reach.BuildAsync(scope, axis, ct),
            .. await mustRead.BuildAsync(scope, axis, ct),
            .. await stories.BuildAsync(scope, axis, ct),
            .. await search.BuildAsync(axis, ct),
            .. await pulse.BuildAsync(scope, ct),
        ];
    }
}
