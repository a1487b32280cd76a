namespace Intranet.Accounts.Api;

/// <summary>The issued bearer token; it is shown only this once (only its hash is stored).</summary>
public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);
