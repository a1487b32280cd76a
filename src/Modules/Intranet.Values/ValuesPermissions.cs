namespace Intranet.Values;

public static class ValuesPermissions
{
    public const string ManageValues = "values.manage";
}
