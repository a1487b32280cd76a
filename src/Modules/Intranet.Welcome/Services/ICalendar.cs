using System.Globalization;
using System.Text;
using Intranet.Welcome.Models;

namespace Intranet.Welcome.Services;

/// <summary>
/// An RFC 5545 calendar file with one VEVENT: times in UTC ("Z"), text escaped, lines folded at 75 octets
/// and ended with CRLF, so Outlook, Google and Apple calendars all take it.
/// </summary>
public static class ICalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string For(NewcomerMeeting meeting, string host, DateTimeOffset stamp, string language)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Intranett//Velkomstmote//NO",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:velkomstmote-{meeting.Id}@{host}",
            $"DTSTAMP:{Utc(stamp)}",
            $"DTSTART:{Utc(meeting.StartsAt)}",
            $"DTEND:{Utc(meeting.EndsAt)}",
            $"SUMMARY:{Escape(meeting.TitleIn(language))}",
            $"LOCATION:{Escape(meeting.Place)}",
            $"DESCRIPTION:{Escape(meeting.Description)}",
            "END:VEVENT",
            "END:VCALENDAR",
        };
        var sb = new StringBuilder();
        foreach (var line in lines) sb.Append(Fold(line)).Append("\r\n");
        return sb.ToString();
    }

    public static string Utc(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping: backslash, semicolon, comma and newlines.</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
            .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Folds a content line into chunks of at most 75 UTF-8 octets, never splitting a character.</summary>
    public static string Fold(string line)
    {
        var sb = new StringBuilder();
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                sb.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            sb.Append(rune.ToString());
            octets += size;
        }
        return sb.ToString();
    }
}
