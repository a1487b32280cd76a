namespace Intranet.Core.Security;

/// <summary>Permission names shared across modules (each is declared by the module that owns it).</summary>
public static class Permissions
{
    public const string Read = "intranet.read";
    public const string ManageContent = "content.manage";
    public const string ManageUsers = "accounts.manage";
    public const string Admin = "admin.access";
}
