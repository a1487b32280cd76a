namespace Intranet.News;

public static class NewsPermissions
{
    /// <summary>Write, schedule, pin and target news; see must-read confirmations and remind.</summary>
    public const string Manage = "news.manage";
}
