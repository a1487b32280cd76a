using System.Globalization;
using System.Text;

namespace Intranet.Newsletter.Events;

/// <summary>
/// iCalendar (RFC 5545) for one event or a feed: CRLF line ends, TEXT values escaped (\\ \; \, \n), lines folded
/// at 75 octets without splitting a UTF-8 character, times in UTC ("…Z").
/// </summary>
public sealed class ICalendarWriter(string calendarName)
{
    private readonly StringBuilder _ics = new();

    public ICalendarWriter Begin()
    {
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Intranett//Arrangementer//NO");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Escape(calendarName));
        return this;
    }

    public ICalendarWriter Event(CalendarEvent e)
    {
        Line("BEGIN:VEVENT");
        Line("UID:" + e.Uid);
        Line("DTSTAMP:" + Utc(e.Stamp));
        Line("DTSTART:" + Utc(e.Start));
        Line("DTEND:" + Utc(e.End));
        Line("SUMMARY:" + Escape(e.Title));
        if (!string.IsNullOrWhiteSpace(e.Place)) Line("LOCATION:" + Escape(e.Place));
        Line("DESCRIPTION:" + Escape(string.IsNullOrWhiteSpace(e.Description) ? e.Url : e.Description + "\n\n" + e.Url));
        Line("URL:" + e.Url);
        Line("END:VEVENT");
        return this;
    }

    public string End()
    {
        Line("END:VCALENDAR");
        return _ics.ToString();
    }

    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\n").Replace("\r", "\n").Replace("\n", "\\n");

    /// <summary>Writes a content line folded to at most 75 octets per physical line.</summary>
    private void Line(string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                _ics.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            _ics.Append(rune.ToString());
            octets += size;
        }
        _ics.Append("\r\n");
    }
}
