using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Accounts.Services;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Accounts.Tests;

public abstract class TokenApiTests(SharedIntranet host) : AccountsTestBase(host)
{
    [Fact]
    public async Task Right_credentials_give_a_token_that_expires_and_authenticates()
    {
        var response = await Anonymous().PostAsJsonAsync("/api/auth/token", new { username = DemoUsers.Ansatt, password = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt, DateTimeOffset.UtcNow.AddHours(1), DateTimeOffset.UtcNow.AddDays(1));
        Assert.Equal(HttpStatusCode.OK, (await GetProfileAsync(token)).StatusCode);
    }

    [Fact]
    public async Task Wrong_password_is_401_problem_in_norwegian()
    {
        var response = await Anonymous().PostAsJsonAsync("/api/auth/token", new { username = DemoUsers.Ansatt, password = "feil-passord-123" });
        var problem = await ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Feil brukernavn eller passord", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Missing_fields_are_a_validation_problem_naming_them()
    {
        var response = await Anonymous().PostAsJsonAsync("/api/auth/token", new { username = "" });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("username", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Expired_token_is_rejected()
    {
        using var scope = Factory.Services.CreateScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<IntranetUser>>().FindByNameAsync(DemoUsers.Ansatt))!;
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var (expired, _) = await tokens.IssueAsync(user, "test", TimeSpan.FromSeconds(-1));
        var (fresh, _) = await tokens.IssueAsync(user, "test", TimeSpan.FromMinutes(5));
        await ProblemAsync(await RevokeWithAsync(expired), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await GetProfileAsync(fresh)).StatusCode);
    }

    [Fact]
    public async Task Revoked_token_is_rejected()
    {
        var client = await Factory.TokenClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profil")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/auth/token")).StatusCode);
        var problem = await ProblemAsync(await client.DeleteAsync("/api/auth/token"), HttpStatusCode.Unauthorized);
        Assert.Equal("Ikke innlogget", problem.GetProperty("title").GetString());
    }

    private async Task<HttpResponseMessage> RevokeWithAsync(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.DeleteAsync("/api/auth/token");
    }

    private async Task<HttpResponseMessage> GetProfileAsync(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/profil");
    }
}

public sealed class TokenApiTestsSqlite(SqliteIntranet host) : TokenApiTests(host), IClassFixture<SqliteIntranet>;

public sealed class TokenApiTestsPostgres(PostgresIntranet host) : TokenApiTests(host), IClassFixture<PostgresIntranet>;
