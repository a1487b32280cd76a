namespace Intranet.Values;

public static class ValuesPermissions
{
    public const string ManageValues = "values.manage";
    /// <summary>Hide any verdirose (moderation).</summary>
    public const string ModeratePraise = "values.moderate-praise";
}
