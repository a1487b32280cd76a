using System.Globalization;
using System.Text;

namespace Intranet.Core.Calendar;

/// <summary>
/// iCalendar (RFC 5545) for one event or a feed: CRLF line ends, TEXT values escaped (\\ \; \, \n), lines folded
/// at 75 octets without splitting a UTF-8 character, times in UTC ("…Z"). The one writer for every module's
/// calendar files, so Outlook, Google and Apple calendars read them all alike.
/// </summary>
/// <param name="product">The PRODID's product part, e.g. "Arrangementer".</param>
/// <param name="calendarName">X-WR-CALNAME, or null for a single-event file that needs no name.</param>
public sealed class ICalendarWriter(string product, string? calendarName)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    private readonly StringBuilder _ics = new();

    public ICalendarWriter Begin()
    {
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line($"PRODID:-//Intranett//{product}//NO");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        if (calendarName is not null) Line("X-WR-CALNAME:" + Escape(calendarName));
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
        Line("DESCRIPTION:" + Escape(Description(e)));
        if (e.Url is not null) Line("URL:" + e.Url);
        Line("END:VEVENT");
        return this;
    }

    public string End()
    {
        Line("END:VCALENDAR");
        return _ics.ToString();
    }

    private static string Description(CalendarEvent e) =>
        e.Url is null ? e.Description
        : string.IsNullOrWhiteSpace(e.Description) ? e.Url
        : e.Description + "\n\n" + e.Url;

    public static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\n").Replace("\r", "\n").Replace("\n", "\\n");

    private void Line(string line) => _ics.Append(Fold(line)).Append("\r\n");

    /// <summary>Folds a content line into chunks of at most 75 UTF-8 octets, never splitting a character.</summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder();
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                folded.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            folded.Append(rune.ToString());
            octets += size;
        }
        return folded.ToString();
    }
}
