namespace Intranet.Accounts.Models;

/// <summary>
/// What an administrator sets on a user. Field names match the admin forms, so validation messages
/// land beside the right input.
/// </summary>
public sealed record UserForm(string? UserName, string? DisplayName, int? UnitId, IReadOnlyList<string> Roles, IReadOnlyList<int> Leads, string? Password = null);
