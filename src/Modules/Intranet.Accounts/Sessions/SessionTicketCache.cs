using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace Intranet.Accounts.Sessions;

/// <summary>
/// Remembers, briefly, what a session cookie decrypts to, so a signed-in page served from the output cache does
/// not pay for Data Protection and claims deserialisation on every request. Keyed by a SHA-256 of the cookie
/// value (never the value itself), bounded in count, and short-lived so a revoked Data Protection key takes
/// effect within <see cref="TimeToLive"/>. It changes nothing about who is signed in: the cookie handler still
/// checks expiry and the security stamp (SessionSettings) on every request exactly as for a decrypted cookie,
/// so a password change still ends the other sessions; sign-out also drops the entry.
/// </summary>
public sealed class SessionTicketCache : IDisposable
{
    public const int MaxEntries = 20_000;
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(1);

    private readonly MemoryCache _tickets = new(new MemoryCacheOptions { SizeLimit = MaxEntries });

    /// <summary>A private copy of the remembered ticket (handlers may change the one they get), or null.</summary>
    public AuthenticationTicket? Find(string cookieValue) =>
        _tickets.TryGetValue(Key(cookieValue), out AuthenticationTicket? ticket) && ticket is not null ? Copy(ticket) : null;

    public void Remember(string cookieValue, AuthenticationTicket ticket) =>
        _tickets.Set(Key(cookieValue), Copy(ticket), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeToLive });

    public void Forget(string cookieValue) => _tickets.Remove(Key(cookieValue));

    public int Count => _tickets.Count;

    public void Dispose() => _tickets.Dispose();

    private static string Key(string cookieValue) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(cookieValue)));

    /// <summary>Deep: ClaimsPrincipal.Clone would share the identities (and so their claims).</summary>
    private static AuthenticationTicket Copy(AuthenticationTicket ticket) =>
        new(new ClaimsPrincipal(ticket.Principal.Identities.Select(i => i.Clone())), ticket.Properties.Clone(), ticket.AuthenticationScheme);
}
