using System.Net;
using System.Text.Json;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Intranet.Accounts.Tests;

/// <summary>
/// A host with small helpers: either the class's shared host, or a fresh one per test (own data folder and
/// database) for tests that lock, rename or re-role demo users, or that spend the sign-in rate limit.
/// </summary>
public abstract class AccountsTestBase : IDisposable
{
    private readonly bool _ownsFactory;

    protected AccountsTestBase(DatabaseProvider provider)
    {
        Factory = new IntranetFactory(provider);
        _ownsFactory = true;
    }

    protected AccountsTestBase(SharedIntranet host) => Factory = host.Factory;

    protected IntranetFactory Factory { get; }

    protected HttpClient Anonymous(bool cookies = false) =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies });

    protected static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
    }

    /// <summary>People are sent to the access-denied page; either that redirect or a plain 403 is a refusal.</summary>
    protected static void AssertRefused(HttpResponseMessage response)
    {
        var refused = response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/feil/403"));
        Assert.True(refused, $"Expected 403 or a redirect to /feil/403, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    public void Dispose()
    {
        if (_ownsFactory) Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
