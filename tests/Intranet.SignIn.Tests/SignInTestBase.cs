using System.Net;
using System.Text.RegularExpressions;
using Intranet.Accounts.Sessions;
using Intranet.Core.Time;
using Intranet.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Intranet.SignIn.Tests;

/// <summary>A fresh in-process host per test whose sessions are checked against the security stamp on every request.</summary>
public abstract partial class SignInTestBase : IDisposable
{
    protected readonly IntranetFactory Factory;

    /// <param name="clock">A test clock for the host's <c>IClock</c> (access-code expiry); the real clock otherwise.</param>
    protected SignInTestBase(IClock? clock = null)
    {
        Factory = new IntranetFactory().With(SessionSettings.Key, "0");
        if (clock is not null) Factory.UseClock(clock);
    }

    protected HttpClient Browser() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The enhetsleder adds a new person to hjemmetjenesten and reads the code off the card.</summary>
    protected async Task<string> AddMemberWithCodeAsync(HttpClient leader, string userName)
    {
        var response = await leader.PostFormAsync("/enhet/tilgangskoder?handler=Create&enhet=hjemmetjenesten",
            new() { ["NewDisplayName"] = "Test " + userName, ["NewUserName"] = userName }, "/enhet/tilgangskoder?enhet=hjemmetjenesten");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return CodeOnCard(await response.Content.ReadAsStringAsync());
    }

    protected static string CodeOnCard(string html)
    {
        var match = CardCode().Match(html);
        Assert.True(match.Success, "no access card on the page");
        return match.Groups[1].Value;
    }

    protected static void AssertSentToLogin(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/logg-inn", response.Headers.Location!.AbsolutePath);
    }

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [GeneratedRegex("class=\"access-card__code\">([A-Z0-9-]+)<")]
    private static partial Regex CardCode();
}
