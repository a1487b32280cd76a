using Microsoft.AspNetCore.Authentication;

namespace Intranet.Accounts.Sessions;

/// <summary>
/// The session cookie's ticket format with <see cref="SessionTicketCache"/> in front of decryption. Protecting
/// (issuing a cookie) is unchanged; a cookie that does not decrypt is never remembered.
/// </summary>
public sealed class CachedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner, SessionTicketCache cache)
    : ISecureDataFormat<AuthenticationTicket>
{
    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        // Only the plain form is cached: a purpose (TLS token binding) is part of what must match.
        if (protectedText is null || purpose is not null) return inner.Unprotect(protectedText, purpose);
        if (cache.Find(protectedText) is { } known) return known;
        var ticket = inner.Unprotect(protectedText);
        if (ticket is not null) cache.Remember(protectedText, ticket);
        return ticket;
    }
}
