namespace Intranet.Newsletter.Services;

/// <summary>The module's paths, in one place because mails, pages and tests all name them.</summary>
public static class Links
{
    public const string Unsubscribe = "/profil/nyhetsbrev";
    public const string FeedSettings = "/profil/nyhetsfeed";
    public const string NewsFeed = "/feeds/nyheter.atom";
    public const string Events = "/arrangementer";
    public const string Calendar = "/arrangementer/kalender.ics";
}
