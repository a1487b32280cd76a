using Intranet.Core.Localization;
using Intranet.Core.Models;

namespace Intranet.Stories.Pages.Historier;

/// <summary>Small display helpers shared by the story pages (bokmål text; the localizer translates).</summary>
public static class StoryText
{
    private static readonly TimeZoneInfo Norway = FindNorway();

    public static string Status(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "Utkast",
        ArticleStatus.Submitted => "Til vurdering",
        ArticleStatus.ChangesRequested => "Trenger endringer",
        ArticleStatus.Published => "Publisert",
        ArticleStatus.Rejected => "Avvist",
        _ => "Trukket tilbake",
    };

    public static string ValueName(IReadOnlyList<OrgValue> values, string slug)
    {
        var value = values.FirstOrDefault(v => v.Slug == slug);
        if (value is null) return slug;
        return Cultures.IsNynorsk && value.NameNn.Length > 0 ? value.NameNn : value.Name;
    }

    /// <summary>Times are stored in UTC and shown in Norwegian time.</summary>
    public static string Date(DateTimeOffset? at) =>
        at is { } t ? TimeZoneInfo.ConvertTime(t, Norway).ToString("d. MMMM yyyy") : "";

    public static string DateTime(DateTimeOffset? at) =>
        at is { } t ? TimeZoneInfo.ConvertTime(t, Norway).ToString("d. MMMM yyyy HH:mm") : "";

    /// <summary>A Norwegian wall-clock time as a UTC-comparable moment; at the calendar's very edges (year 1, year 9999),
    /// where an offset would leave the calendar, the time is taken as UTC so a typed date is validated, not thrown.</summary>
    public static DateTimeOffset FromNorwegianLocal(DateTime local) =>
        local < System.DateTime.MinValue.AddDays(1) || local > System.DateTime.MaxValue.AddDays(-1)
            ? new(System.DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero)
            : new(local, Norway.GetUtcOffset(local));

    private static TimeZoneInfo FindNorway()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}
