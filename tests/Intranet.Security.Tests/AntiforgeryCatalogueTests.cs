using System.Net;
using System.Text;
using Intranet.Core.Api;
using Intranet.Core.Security;
using Intranet.Testing;
using Microsoft.AspNetCore.Routing;
using Xunit;

namespace Intranet.Security.Tests;

/// <summary>
/// Cross-site request forgery: every unsafe endpoint of the running host, found from its endpoint data sources,
/// is sent a request that a browser session (the administrator's cookie, who passes every permission, so
/// authorization never answers first) makes without the antiforgery token. Each must be refused with 400.
/// Bearer-token requests are exempt by design (ApiAntiforgeryFilter): a bearer header is never sent by a
/// browser on its own, so it cannot be forged cross-site.
/// </summary>
public abstract class AntiforgeryCatalogueTests(SecuritySite site)
{
    /// <summary>Pages that deliberately skip the check: the GET-only search page and the re-executed error page.</summary>
    private static readonly string[] ExemptPages = ["/sok", "/feil/{code:int?}"];

    [Fact]
    public async Task Every_page_refuses_a_cookie_post_without_its_token()
    {
        var client = await site.CookieClientAsync(DemoUsers.Admin);
        var pages = EndpointCatalogue.RouteEndpoints(site.Services)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Where(r => !ExemptPages.Contains(r)).Distinct().ToList();
        Assert.True(pages.Count > 50, $"only {pages.Count} pages found");
        var accepted = new List<string>();
        foreach (var route in pages)
        {
            var url = EndpointCatalogue.Fill(route);
            var response = await client.PostAsync(url, Form());
            if (response.StatusCode != HttpStatusCode.BadRequest) accepted.Add($"{url} → {(int)response.StatusCode}");
        }
        Assert.Empty(accepted);
    }

    [Fact]
    public async Task Every_page_handler_refuses_a_cookie_request_without_its_token()
    {
        var client = await site.CookieClientAsync(DemoUsers.Admin);
        var handlers = await EndpointCatalogue.UnsafePageHandlersAsync(site.Services);
        Assert.True(handlers.Count > 40, $"only {handlers.Count} unsafe page handlers found");
        Assert.Equal(["/feil/{code:int?}"], handlers.Where(h => h.IgnoresAntiforgery).Select(h => "/" + h.Route.TrimStart('/')).Distinct());
        var accepted = new List<string>();
        foreach (var h in handlers.Where(h => !h.IgnoresAntiforgery))
        {
            var url = EndpointCatalogue.Fill(h.Route) + (h.Name is null ? "" : "?handler=" + h.Name);
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(h.Method), url) { Content = Form() });
            if (response.StatusCode != HttpStatusCode.BadRequest) accepted.Add($"{h.Method} {url} → {(int)response.StatusCode}");
        }
        Assert.Empty(accepted);
    }

    [Fact]
    public async Task Every_unsafe_api_endpoint_refuses_a_cookie_request_without_its_token()
    {
        var client = await site.CookieClientAsync(DemoUsers.Admin);
        var endpoints = EndpointCatalogue.UnsafeApiEndpoints(site.Services).ToList();
        Assert.True(endpoints.Count >= 6, $"only {endpoints.Count} unsafe API endpoints found");
        var accepted = new List<string>();
        // Endpoints mapped for every method (no method metadata) outside /api: only the health check, which changes nothing.
        var anyMethod = endpoints.Where(e => e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is null)
            .Select(e => e.Endpoint.RoutePattern.RawText).Distinct();
        Assert.Equal(["/health"], anyMethod);
        foreach (var (endpoint, method) in endpoints.Where(e => e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is not null))
        {
            Assert.True(endpoint.Metadata.GetMetadata<ApiAntiforgeryMetadata>() is not null, $"{method} {endpoint.RoutePattern.RawText} is not in an API group");
            var url = EndpointCatalogue.Fill(endpoint.RoutePattern.RawText!);
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = Json("{}") });
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || !body.Contains(ApiAntiforgeryFilter.Title))
                accepted.Add($"{method} {url} → {(int)response.StatusCode} {body[..Math.Min(120, body.Length)]}");
        }
        Assert.Empty(accepted);
    }

    [Fact]
    public async Task A_forged_form_post_with_a_token_from_another_session_is_refused()
    {
        var victim = await site.CookieClientAsync(DemoUsers.Ansatt);
        var attacker = await site.CookieClientAsync(DemoUsers.Nyansatt);
        var attackersToken = HttpClientExtensions.AntiforgeryToken(await attacker.GetStringAsync("/hjornet/spor"))!;
        var response = await victim.PostAsync("/hjornet/spor", Form(("Text", "Forfalsket spørsmål"), ("__RequestVerificationToken", attackersToken)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_cookie_with_a_made_up_bearer_header_is_not_signed_in()
    {
        var client = await site.CookieClientAsync(DemoUsers.Ansatt);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/stories") { Content = Json("{\"title\":\"x\",\"body\":\"y\"}") };
        request.Headers.Add("Authorization", "Bearer oppdiktet");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Length == 0 ? [new("Text", "forfalsket")] : fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}

[Collection(SecurityCollection.Name)]
public sealed class AntiforgeryCatalogueTestsSqlite(SqliteSecuritySite site) : AntiforgeryCatalogueTests(site);

[Collection(PostgresSecurityCollection.Name)]
public sealed class AntiforgeryCatalogueTestsPostgres(PostgresSecuritySite site) : AntiforgeryCatalogueTests(site);
