using System.Net;
using System.Text.Json;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Intranet.Accounts.Tests;

/// <summary>One fresh host (own data folder / database) per test, with small helpers.</summary>
public abstract class AccountsTestBase(DatabaseProvider provider) : IDisposable
{
    protected readonly IntranetFactory Factory = new(provider);

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
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
