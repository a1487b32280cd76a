namespace Intranet.Accounts.Models;

/// <summary>A line in the admin user list.</summary>
public sealed record UserRow(string Id, string UserName, string DisplayName, string? UnitName, IReadOnlyList<string> Roles, bool IsLocked);
