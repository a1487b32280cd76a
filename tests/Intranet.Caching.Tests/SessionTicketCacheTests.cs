using System.Security.Claims;
using Intranet.Accounts.Sessions;
using Microsoft.AspNetCore.Authentication;
using Xunit;

namespace Intranet.Caching.Tests;

/// <summary>
/// The session-ticket cache in front of cookie decryption: a second request with the same cookie skips
/// decryption, every caller gets its own copy, a cookie that fails to decrypt is never remembered, and
/// sign-out forgets the ticket. (That a password change still ends sessions is covered end to end below.)
/// </summary>
public sealed class SessionTicketCacheTests : IDisposable
{
    private readonly SessionTicketCache _cache = new();
    private readonly CountingFormat _inner = new();

    [Fact]
    public void The_same_cookie_is_decrypted_once_and_each_caller_gets_its_own_copy()
    {
        var format = new CachedTicketFormat(_inner, _cache);
        var first = format.Unprotect("cookie-a")!;
        var second = format.Unprotect("cookie-a")!;
        var third = format.Unprotect("cookie-a")!;
        Assert.Equal(1, _inner.Calls);
        Assert.Equal("user-cookie-a", second.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.NotSame(second, third);
        Assert.NotSame(second.Principal, third.Principal);
        Assert.NotSame(second.Properties, third.Properties);

        // A handler changing its copy (a renewed issue time, a replaced principal) changes no one else's.
        second.Properties.IssuedUtc = DateTimeOffset.UnixEpoch;
        ((ClaimsIdentity)second.Principal.Identity!).AddClaim(new Claim("extra", "1"));
        var fourth = format.Unprotect("cookie-a")!;
        Assert.NotEqual(DateTimeOffset.UnixEpoch, fourth.Properties.IssuedUtc);
        Assert.Null(fourth.Principal.FindFirst("extra"));
        Assert.Null(first.Principal.FindFirst("extra"));
    }

    [Fact]
    public void Different_cookies_and_failed_decryption_are_kept_apart()
    {
        var format = new CachedTicketFormat(_inner, _cache);
        Assert.Equal("user-cookie-a", format.Unprotect("cookie-a")!.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal("user-cookie-b", format.Unprotect("cookie-b")!.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Null(format.Unprotect("bad"));
        Assert.Null(format.Unprotect("bad"));
        Assert.Equal(4, _inner.Calls);
        Assert.Equal(2, _cache.Count);
    }

    [Fact]
    public void A_forgotten_cookie_is_decrypted_again()
    {
        var format = new CachedTicketFormat(_inner, _cache);
        format.Unprotect("cookie-a");
        _cache.Forget("cookie-a");
        format.Unprotect("cookie-a");
        Assert.Equal(2, _inner.Calls);
    }

    public void Dispose() => _cache.Dispose();

    /// <summary>"Decrypts" any cookie but "bad" into a ticket for user-&lt;cookie&gt;, counting the calls.</summary>
    private sealed class CountingFormat : ISecureDataFormat<AuthenticationTicket>
    {
        public int Calls { get; private set; }
        public string Protect(AuthenticationTicket data) => throw new NotSupportedException();
        public string Protect(AuthenticationTicket data, string? purpose) => throw new NotSupportedException();
        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Calls++;
            if (protectedText == "bad") return null;
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "user-" + protectedText)], "test");
            return new AuthenticationTicket(new ClaimsPrincipal(identity), new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow }, "Identity.Application");
        }
    }
}
