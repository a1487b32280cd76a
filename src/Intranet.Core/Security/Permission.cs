namespace Intranet.Core.Security;

/// <summary>A named right a module declares, granted to roles. Registered as an authorization policy.</summary>
public sealed record Permission(string Name, string Description, params string[] Roles);
