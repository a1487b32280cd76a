using Intranet.Insights.Models;

namespace Intranet.Insights.Pulse;

/// <summary>Round arithmetic: round n opens at StartsAt + n × RecurrenceMonths and stays open for OpenDays.</summary>
public static class PulseRounds
{
    public static DateTimeOffset OpensAt(PulseSurvey s, int round) => s.StartsAt.AddMonths(round * s.RecurrenceMonths);

    public static DateTimeOffset ClosesAt(PulseSurvey s, int round) => OpensAt(s, round).AddDays(Math.Max(1, s.OpenDays));

    /// <summary>The round open at <paramref name="now"/>, if any.</summary>
    public static int? OpenRound(PulseSurvey s, DateTimeOffset now)
    {
        if (!s.Active || now < s.StartsAt) return null;
        var latest = LatestStarted(s, now);
        return now < ClosesAt(s, latest) ? latest : null;
    }

    /// <summary>Rounds that have closed before <paramref name="now"/>, newest first: the only ones with results.</summary>
    public static IEnumerable<int> ClosedRounds(PulseSurvey s, DateTimeOffset now)
    {
        if (now < s.StartsAt) yield break;
        for (var round = LatestStarted(s, now); round >= 0; round--)
            if (ClosesAt(s, round) <= now) yield return round;
    }

    private static int LatestStarted(PulseSurvey s, DateTimeOffset now)
    {
        if (s.RecurrenceMonths <= 0) return 0;
        var round = 0;
        while (OpensAt(s, round + 1) <= now) round++;
        return round;
    }
}
