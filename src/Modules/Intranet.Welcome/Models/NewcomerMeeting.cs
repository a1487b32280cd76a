namespace Intranet.Welcome.Models;

/// <summary>A welcome meeting for new employees (velkomstmøte for nyansatte) with a fixed number of seats.</summary>
public class NewcomerMeeting
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string? TitleNn { get; set; }
    public string Description { get; set; } = "";
    public string Place { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public int Capacity { get; set; }
    /// <summary>Seats taken, kept beside Capacity so a seat is claimed with one conditional UPDATE (no overbooking).</summary>
    public int SignedUp { get; set; }

    public int SeatsLeft => Math.Max(0, Capacity - SignedUp);

    public string TitleIn(string language) => language == "nn" && !string.IsNullOrWhiteSpace(TitleNn) ? TitleNn : Title;
}
