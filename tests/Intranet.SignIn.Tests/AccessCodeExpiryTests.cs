using Intranet.Accounts.AccessCodes;
using Intranet.Testing;
using System.Net;

namespace Intranet.SignIn.Tests;

/// <summary>An unused code works for 14 days on the host's clock, and is refused with its own message after.</summary>
public sealed class AccessCodeExpiryTests : SignInTestBase
{
    private readonly TestClock _clock;

    public AccessCodeExpiryTests() : this(new TestClock()) { }

    private AccessCodeExpiryTests(TestClock clock) : base(clock) => _clock = clock;

    [Fact]
    public async Task An_unused_code_is_refused_as_expired_after_14_days()
    {
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var code = await AddMemberWithCodeAsync(leader, "vikar.sommer");

        _clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        Assert.Contains("NewPassword", await TryAsync(code));

        _clock.Advance(TimeSpan.FromMinutes(2));
        var html = await TryAsync(code);
        Assert.Contains(AccessCodeMessages.Expired, html);
        Assert.DoesNotContain("NewPassword", html);
        var redeem = await Browser().PostFormAsync("/logg-inn/kode?handler=Password",
            new() { ["UserName"] = "vikar.sommer", ["Code"] = code, ["NewPassword"] = "Sommervikar-2026-ok", ["ConfirmPassword"] = "Sommervikar-2026-ok" }, "/logg-inn/kode");
        Assert.Contains(AccessCodeMessages.Expired, WebUtility.HtmlDecode(await redeem.Content.ReadAsStringAsync()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Factory.SignedInClientAsync("vikar.sommer", "Sommervikar-2026-ok"));
        Assert.Contains("Utløpt", WebUtility.HtmlDecode(await leader.GetStringAsync("/enhet/tilgangskoder?enhet=hjemmetjenesten")));
    }

    private async Task<string> TryAsync(string code)
    {
        var response = await Browser().PostFormAsync("/logg-inn/kode", new() { ["UserName"] = "vikar.sommer", ["Code"] = code });
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
