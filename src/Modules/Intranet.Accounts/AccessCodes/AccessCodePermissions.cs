namespace Intranet.Accounts.AccessCodes;

/// <summary>The permission to issue and revoke access codes (unit leaders; administrators pass every permission).</summary>
public static class AccessCodePermissions
{
    public const string Issue = "accounts.access-codes";
}
