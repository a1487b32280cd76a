using System.Net;
using System.Net.Http.Headers;
using Intranet.Testing;
using Xunit;

namespace Intranet.Media.Tests;

/// <summary>Over real Kestrel (not the in-memory test server): an oversized upload is a clean 413, not a reset or a 500.</summary>
public sealed class KestrelLimitTests(LiveIntranetFixture fixture) : IClassFixture<LiveIntranetFixture>
{
    [Theory]
    [InlineData(25)]
    [InlineData(35)]
    public async Task An_oversized_upload_gets_413_problem_json_over_a_real_connection(int megabytes)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(fixture.Site.BaseUrl) };
        var login = await client.PostFormAsync("/logg-inn", new() { ["UserName"] = DemoUsers.Ansatt, ["Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var big = new byte[megabytes * 1024 * 1024];
        TestImages.Jpeg(10, 10).CopyTo(big, 0);
        var file = new ByteArrayContent(big);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/media")
        {
            Content = new MultipartFormDataContent { { file, "file", "stor.jpg" }, { new StringContent("Stort bilde"), "alt" } },
        };
        request.Headers.Add("X-CSRF-TOKEN", await MediaHost.TokenAsync(client));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
