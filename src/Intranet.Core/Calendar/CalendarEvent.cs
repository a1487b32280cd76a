namespace Intranet.Core.Calendar;

/// <summary>What a VEVENT needs; <see cref="Url"/> is absolute, or null when the event has no page to link.</summary>
public sealed record CalendarEvent(string Uid, DateTimeOffset Stamp, DateTimeOffset Start, DateTimeOffset End, string Title, string Place, string Description, string? Url = null);
