namespace Intranet.Welcome;

public static class WelcomePermissions
{
    /// <summary>Shows the unit page in the menu; the page itself also checks that the user leads the unit.</summary>
    public const string LeadUnitWelcome = "welcome.unit";
}
