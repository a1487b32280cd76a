namespace Intranet.Accounts.Api;

/// <summary>Body of POST /api/auth/token.</summary>
public sealed record TokenRequest(string? Username, string? Password);
