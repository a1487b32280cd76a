using System.Text;
using Intranet.Core.Localization;
using Intranet.Core.Time;
using Intranet.Welcome.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Welcome.Api;

/// <summary>GET /velkommen/moter/{id}/kalender.ics: the welcome meeting as a calendar file.</summary>
internal static class MeetingCalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/velkommen/moter/{id:int}/kalender.ics", GetAsync).RequireAuthorization();

    private static async Task<IResult> GetAsync(int id, HttpContext http, NewcomerMeetings meetings, IClock clock)
    {
        var meeting = await meetings.ByIdAsync(id, http.RequestAborted);
        if (meeting is null) return Results.NotFound();
        var ics = ICalendar.For(meeting, http.Request.Host.Host, clock.UtcNow, Cultures.Current);
        return Results.File(Encoding.UTF8.GetBytes(ics), ICalendar.ContentType, $"velkomstmote-{meeting.Id}.ics");
    }
}
