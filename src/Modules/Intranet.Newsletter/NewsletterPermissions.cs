namespace Intranet.Newsletter;

public static class NewsletterPermissions
{
    /// <summary>Compose and send one-off newsletters, choose what every digest must include.</summary>
    public const string Send = "newsletter.send";

    /// <summary>Create and edit events, see who signed up.</summary>
    public const string ManageEvents = "events.manage";
}
