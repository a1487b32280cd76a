using System.Net;
using Intranet.Testing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Intranet.Foundation.Tests;

/// <summary>
/// What only holds outside Development: the Norwegian error page and problem+json without any technical detail,
/// HTTPS redirection and HSTS, and secure-only cookies.
/// </summary>
public sealed class ProductionHostTests(ProductionHost host) : IClassFixture<ProductionHost>
{
    [Fact]
    public async Task An_exception_in_a_page_shows_the_Norwegian_500_page_without_any_detail()
    {
        var client = host.Https();
        var failed = await client.GetAsync(ThrowingRoutes.Page);
        Assert.Equal(HttpStatusCode.Redirect, failed.StatusCode);
        Assert.Equal("/feil/500", failed.Headers.Location!.OriginalString);
        AssertNoDetail(await failed.Content.ReadAsStringAsync());

        var page = await client.GetAsync("/feil/500");
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"nb\"", html);
        Assert.Contains("Noe gikk galt", html);
        Assert.Contains("Det oppstod en feil hos oss", html);
        AssertNoDetail(html);
    }

    [Fact]
    public async Task An_exception_in_the_api_is_problem_json_without_any_detail()
    {
        var response = await host.Https().GetAsync(ThrowingRoutes.Api);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"title\":\"Noe gikk galt\"", body);
        Assert.Contains("\"status\":500", body);
        AssertNoDetail(body);
    }

    [Fact]
    public async Task Plain_http_is_redirected_to_https()
    {
        foreach (var path in new[] { "/logg-inn", "/api/articles", "/nyheter?side=2" })
        {
            var response = await host.Http().GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect
                or HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently, $"{path} → {(int)response.StatusCode}");
            Assert.Equal($"https://{ProductionHost.Host}{path}", response.Headers.Location!.AbsoluteUri);
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is only sent over https");
        }
    }

    [Fact]
    public async Task Https_responses_carry_hsts_for_a_year_with_subdomains()
    {
        var client = host.Https();
        foreach (var path in new[] { "/logg-inn", "/health", "/finnes-ikke" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), $"{path}: no HSTS");
            Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(hsts));
        }
    }

    [Fact]
    public async Task The_sign_in_and_antiforgery_cookies_are_secure_http_only_and_same_site()
    {
        var client = host.Https(cookies: true);
        var form = await client.GetAsync("/logg-inn");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var antiforgery = Cookie(form, "intranett.af");
        Assert.Contains("secure", antiforgery);
        Assert.Contains("httponly", antiforgery);
        Assert.Contains("samesite=strict", antiforgery);

        var signedIn = await client.PostFormAsync("/logg-inn", new() { ["UserName"] = ProductionHost.UserName, ["Password"] = ProductionHost.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = Cookie(signedIn, "intranett.auth");
        Assert.Contains("secure", auth);
        Assert.Contains("httponly", auth);
        Assert.Contains("samesite=lax", auth);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profil")).StatusCode);

        // Over https both policies would mark the cookies Secure; only Always keeps them off a plain-http request too.
        var options = host.Factory.Services;
        Assert.Equal(CookieSecurePolicy.Always, options.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme).Cookie.SecurePolicy);
        Assert.Equal(CookieSecurePolicy.Always, options.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.SecurePolicy);
    }

    /// <summary>The Set-Cookie header for the cookie, lower-cased, failing when there is none.</summary>
    private static string Cookie(HttpResponseMessage response, string name)
    {
        var headers = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        var cookie = headers.FirstOrDefault(h => h.StartsWith(name + "=", StringComparison.Ordinal));
        Assert.True(cookie is not null, $"no {name} cookie in: {string.Join(" | ", headers)}");
        return cookie.ToLowerInvariant();
    }

    private static void AssertNoDetail(string text)
    {
        Assert.DoesNotContain(ThrowingRoutes.Secret, text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain("ThrowingRoutes", text);
        Assert.DoesNotContain(" at Intranet.", text);
        Assert.DoesNotContain("StackTrace", text);
    }
}
