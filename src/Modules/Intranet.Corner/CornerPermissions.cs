namespace Intranet.Corner;

public static class CornerPermissions
{
    /// <summary>The chief executive's own right; delegates are granted per user in CornerDelegates.</summary>
    public const string Write = "corner.write";
}
