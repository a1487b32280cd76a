using System.Net;
using System.Net.Http.Json;
using Intranet.Core.Api;
using Intranet.Core.Security;
using Intranet.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Accounts.Tests;

public sealed class AntiforgeryTests(SqliteIntranet host) : AccountsTestBase(host), IClassFixture<SqliteIntranet>
{
    private static readonly object Credentials = new { username = DemoUsers.Ansatt, password = DemoUsers.Password };

    [Fact]
    public async Task Cookie_authenticated_api_post_without_token_is_400_problem()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var response = await client.PostAsJsonAsync("/api/auth/token", Credentials);
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(ApiAntiforgeryFilter.Title, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Cookie_authenticated_api_post_with_header_token_passes()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var token = HttpClientExtensions.AntiforgeryToken(await client.GetStringAsync("/profil"))!;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(Credentials) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Bearer_and_anonymous_api_posts_need_no_antiforgery_token()
    {
        Assert.Equal(HttpStatusCode.OK, (await Anonymous().PostAsJsonAsync("/api/auth/token", Credentials)).StatusCode);
        var bearer = await Factory.TokenClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.NoContent, (await bearer.DeleteAsync("/api/auth/token")).StatusCode);
    }

    [Fact]
    public async Task Page_form_posted_without_its_antiforgery_token_is_400()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var response = await client.PostAsync("/profil", new FormUrlEncodedContent(new Dictionary<string, string> { ["Culture"] = "nn" }));
        // 400 is kept by the host's /feil/{code} page (re-executed); without that page the status becomes 404.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<html lang=\"nb\"", await client.GetStringAsync("/profil"));
        var login = await Anonymous(cookies: true).PostAsync("/logg-inn", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["UserName"] = DemoUsers.Ansatt, ["Password"] = DemoUsers.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
    }

    /// <summary>Every unsafe /api endpoint must come from MapIntranetApi, or browsers' cookies could be abused.</summary>
    [Fact]
    public void Every_unsafe_api_endpoint_checks_antiforgery()
    {
        Factory.CreateClient();
        var endpoints = Factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods
                .Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE") ?? true)
            .ToList();
        Assert.NotEmpty(endpoints);
        var unprotected = endpoints.Where(e => e.Metadata.GetMetadata<ApiAntiforgeryMetadata>() is null).Select(e => e.RoutePattern.RawText);
        Assert.Empty(unprotected);
    }
}
