using Intranet.Core.Calendar;
using Intranet.Core.Content;
using Intranet.Newsletter.Mail;

namespace Intranet.Newsletter.Events;

/// <summary>Builds the .ics for one event or for every upcoming event the reader may see.</summary>
public sealed class EventCalendar(EventCatalog catalog, MailSettings settings)
{
    private const string Product = "Arrangementer";

    public const string ContentType = ICalendarWriter.ContentType;

    public string ForEvent(EventListItem item, string baseUrl) =>
        new ICalendarWriter(Product, item.Article.Title).Begin().Event(ToCalendar(item, baseUrl)).End();

    public async Task<string> FeedAsync(ReaderContext reader, string baseUrl, CancellationToken ct = default)
    {
        var writer = new ICalendarWriter(Product, "Arrangementer").Begin();
        foreach (var item in await catalog.UpcomingAsync(reader, 200, ct))
            if (item.Details is not null) writer.Event(ToCalendar(item, baseUrl));
        return writer.End();
    }

    private CalendarEvent ToCalendar(EventListItem item, string baseUrl)
    {
        var a = item.Article;
        var host = new Uri(settings.PublicUrl).Host;
        return new CalendarEvent($"event-{a.Id}@{host}", a.UpdatedAt, item.Details!.StartsAt, item.Details.EndsAt,
            a.Title, item.Details.Place, a.Summary, baseUrl + a.Url);
    }
}
