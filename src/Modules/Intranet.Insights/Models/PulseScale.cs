namespace Intranet.Insights.Models;

/// <summary>The answer scale of a pulse question: agreement 1–5, or 0–10 for eNPS ("would you recommend…").</summary>
public enum PulseScale
{
    OneToFive,
    ZeroToTen,
}

public static class PulseScales
{
    public static int Min(this PulseScale s) => s == PulseScale.ZeroToTen ? 0 : 1;
    public static int Max(this PulseScale s) => s == PulseScale.ZeroToTen ? 10 : 5;

    public static string Label(this PulseScale s) => s == PulseScale.ZeroToTen ? "0–10 (eNPS)" : "1–5 (enighet)";
}
