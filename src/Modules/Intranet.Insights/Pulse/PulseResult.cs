using Intranet.Insights.Models;

namespace Intranet.Insights.Pulse;

public enum PulseLevel
{
    Unit,
    Sector,
    Municipality,
}

/// <summary>The answers of one group to one question: the mean (1–5) or eNPS (0–10), never fewer than five answers.</summary>
public sealed record PulseResult(int? UnitId, string Name, PulseLevel Level, int Answers, double Value)
{
    public static double Score(PulseScale scale, IReadOnlyCollection<int> values) =>
        scale == PulseScale.ZeroToTen ? Enps(values) : Math.Round(values.Average(), 2);

    /// <summary>eNPS = % promoters (9–10) − % detractors (0–6), a whole number from −100 to 100.</summary>
    public static double Enps(IReadOnlyCollection<int> values) =>
        Math.Round(100.0 * (values.Count(v => v >= 9) - values.Count(v => v <= 6)) / values.Count);
}
