using Intranet.Core.Calendar;
using Intranet.Welcome.Models;

namespace Intranet.Welcome.Services;

/// <summary>A newcomer meeting as a one-event calendar file, written by the shared <see cref="ICalendarWriter"/>.</summary>
public static class ICalendar
{
    public const string ContentType = ICalendarWriter.ContentType;

    public static string For(NewcomerMeeting meeting, string host, DateTimeOffset stamp, string language) =>
        new ICalendarWriter("Velkomstmote", calendarName: null).Begin()
            .Event(new CalendarEvent($"velkomstmote-{meeting.Id}@{host}", stamp, meeting.StartsAt, meeting.EndsAt,
                meeting.TitleIn(language), meeting.Place, meeting.Description))
            .End();
}
