namespace Intranet.Stories.Models;

/// <summary>The decisions a reviewer can make, with their API names.</summary>
public enum ReviewDecision
{
    Approve,
    RequestChanges,
    Reject,
}

public static class ReviewDecisions
{
    public static bool TryParse(string? text, out ReviewDecision decision)
    {
        (var ok, decision) = text switch
        {
            "approve" => (true, ReviewDecision.Approve),
            "request-changes" => (true, ReviewDecision.RequestChanges),
            "reject" => (true, ReviewDecision.Reject),
            _ => (false, default),
        };
        return ok;
    }

    public static string ApiName(this ReviewDecision d) => d switch
    {
        ReviewDecision.Approve => "approve",
        ReviewDecision.RequestChanges => "request-changes",
        _ => "reject",
    };

    /// <summary>Bokmål label; pages translate it through the localizer.</summary>
    public static string Label(string apiName) => apiName switch
    {
        "approve" => "Godkjent",
        "request-changes" => "Ber om endringer",
        "reject" => "Avvist",
        "withdraw" => "Trukket tilbake",
        "submit" => "Sendt inn",
        _ => apiName,
    };
}
