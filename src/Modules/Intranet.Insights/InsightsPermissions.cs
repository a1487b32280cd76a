namespace Intranet.Insights;

public static class InsightsPermissions
{
    /// <summary>Open the dashboard /innsikt; unit leaders see their units only unless they also hold <see cref="ViewAll"/>.</summary>
    public const string View = "insights.view";

    /// <summary>See the dashboard for every unit (communications staff, the chief executive).</summary>
    public const string ViewAll = "insights.all";

    /// <summary>Define pulse surveys at /admin/puls.</summary>
    public const string ManagePulse = "insights.pulse";
}
