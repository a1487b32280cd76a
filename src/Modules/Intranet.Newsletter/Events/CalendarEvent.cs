namespace Intranet.Newsletter.Events;

/// <summary>What a VEVENT needs; <see cref="Url"/> is absolute.</summary>
public sealed record CalendarEvent(string Uid, DateTimeOffset Stamp, DateTimeOffset Start, DateTimeOffset End, string Title, string Place, string Description, string Url);
