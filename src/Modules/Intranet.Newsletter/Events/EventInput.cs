namespace Intranet.Newsletter.Events;

/// <summary>What the event form sends; times are already UTC (converted from Norwegian local time by the page).</summary>
public sealed record EventInput
{
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Body { get; init; } = "";
    public DateTimeOffset? StartsAt { get; init; }
    public DateTimeOffset? EndsAt { get; init; }
    public string Place { get; init; } = "";
    public int? Capacity { get; init; }
    public bool SignupOpen { get; init; } = true;
}
