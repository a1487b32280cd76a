namespace Intranet.Corner;

public static class CornerPermissions
{
    /// <summary>The chief executive's own right; delegates are granted per user in CornerDelegates.</summary>
    public const string Write = "corner.write";

    /// <summary>Moderating "Spør kommunedirektøren": the chief executive and communications staff.</summary>
    public const string Moderate = "corner.moderate";

    /// <summary>Downloading a post with its full version history, for archiving (chief executive, communications).</summary>
    public const string Export = "corner.export";
}
