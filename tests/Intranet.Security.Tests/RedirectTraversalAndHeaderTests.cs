using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Intranet.Testing;
using Xunit;

namespace Intranet.Security.Tests;

/// <summary>Open redirects through the login return URL, path traversal in media routes, and the baseline headers.</summary>
public abstract class RedirectTraversalAndHeaderTests(SecuritySite site)
{
    public static TheoryData<string> ForeignReturnUrls =>
    [
        "//evil.example", "https://evil.example", "http://evil.example/logg-inn", "/\\evil.example", "\\\\evil.example",
        "%2F%2Fevil.example", "/%2F/evil.example", "/%5Cevil.example", "///evil.example", " //evil.example",
        "/\t/evil.example", "javascript:alert(1)", "https:evil.example", "//evil.example@" + "localhost",
    ];

    [Theory]
    [MemberData(nameof(ForeignReturnUrls))]
    public async Task A_sign_in_with_a_foreign_return_url_stays_on_the_site(string returnUrl)
    {
        var client = site.Anonymous(cookies: true);
        var url = "/logg-inn?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var response = await client.PostFormAsync(url, new() { ["UserName"] = DemoUsers.Ansatt, ["Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var resolved = new Uri(new Uri(site.BaseUrl), location);
        Assert.Equal(new Uri(site.BaseUrl).Authority, resolved.Authority);
        Assert.StartsWith("/", location);
        Assert.False(location.StartsWith("//") || location.StartsWith("/\\"), location);
    }

    /// <summary>
    /// Single sign-on takes a return URL too: its start (/logg-inn/ekstern, which goes back to /logg-inn while SSO is off)
    /// and its callback (/logg-inn/ekstern/tilbake, which ends at the sign-in page or the return URL) never leave the site.
    /// </summary>
    [Theory]
    [MemberData(nameof(ForeignReturnUrls))]
    public async Task Single_sign_on_with_a_foreign_return_url_stays_on_the_site(string returnUrl)
    {
        foreach (var client in new[] { site.Anonymous(cookies: true), await site.CookieClientAsync(DemoUsers.Ansatt) })
            foreach (var path in new[] { "/logg-inn/ekstern", "/logg-inn/ekstern/tilbake" })
            {
                var response = await client.GetAsync(path + "?returnUrl=" + Uri.EscapeDataString(returnUrl));
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                var location = response.Headers.Location!.OriginalString;
                Assert.Equal(new Uri(site.BaseUrl).Authority, new Uri(new Uri(site.BaseUrl), location).Authority);
                Assert.True(location.StartsWith('/') && !location.StartsWith("//") && !location.StartsWith("/\\"), $"{path}: {location}");
            }
    }

    [Fact]
    public async Task A_local_return_url_is_kept()
    {
        var client = site.Anonymous(cookies: true);
        var response = await client.PostFormAsync("/logg-inn?ReturnUrl=%2Fnyheter", new() { ["UserName"] = DemoUsers.Ansatt, ["Password"] = DemoUsers.Password });
        Assert.Equal("/nyheter", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/media/..%2F..%2Fetc%2Fpasswd/large")]
    [InlineData("/media/%2e%2e%2f%2e%2e%2fetc%2fpasswd/medium")]
    [InlineData("/media/..%5C..%5Cetc%5Cpasswd/large")]
    [InlineData("/media/..%255C..%255Cappsettings.json/original")]
    [InlineData("/media/x/..%2F..%2F..%2Fkeys")]
    [InlineData("/media/keys/original")]
    [InlineData("/media/ab/original")]
    [InlineData("/media/%2Fetc%2Fpasswd/thumb")]
    [InlineData("/media/C:%5Cwindows%5Cwin.ini/large")]
    public async Task Traversal_in_media_routes_is_404(string url)
    {
        var response = await (await site.CookieClientAsync(DemoUsers.Admin)).GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Absurd_ids_and_sizes_in_media_routes_are_404()
    {
        var id = (await UploadAsync()).GetProperty("id").GetString()!;
        var client = await site.TokenClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/media/{id}/thumb")).StatusCode);
        foreach (var url in new[] { $"/media/{id}/99999999999", $"/media/{id}/-1", $"/media/{id}/..", $"/media/{id}/thumb%2F..%2F..%2Foriginal",
                     $"/media/{new string('a', 4000)}/large", $"/media/{id.ToUpperInvariant()}x/large" })
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
    }

    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers()
    {
        var id = (await UploadAsync()).GetProperty("id").GetString()!;
        var reader = await site.TokenClientAsync(DemoUsers.Ansatt);
        var anonymous = site.Anonymous();
        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["page"] = await anonymous.GetAsync("/historier"),
            ["signed-in page"] = await (await site.CookieClientAsync(DemoUsers.Ansatt)).GetAsync("/"),
            ["redirect to sign-in"] = await anonymous.GetAsync("/profil"),
            ["api json"] = await reader.GetAsync("/api/articles"),
            ["problem+json 404"] = await reader.GetAsync("/api/articles/99999999"),
            ["problem+json 401"] = await anonymous.PostAsync("/api/auth/token", new StringContent("{\"username\":\"x\",\"password\":\"y\"}", System.Text.Encoding.UTF8, "application/json")),
            ["404 page"] = await anonymous.GetAsync("/finnes-ikke/heller-ikke"),
            ["static file"] = await anonymous.GetAsync("/_content/Intranet.Theme/css/site.css"),
            ["media"] = await reader.GetAsync($"/media/{id}/thumb"),
            ["feed"] = await anonymous.GetAsync("/feeds/historier.atom"),
            ["health"] = await anonymous.GetAsync("/health"),
            ["400 form without token"] = await (await site.CookieClientAsync(DemoUsers.Ansatt)).PostAsync("/profil/tokens", new FormUrlEncodedContent([])),
            ["400 api without token"] = await (await site.CookieClientAsync(DemoUsers.Ansatt)).PostAsync("/api/stories", new StringContent("{}", System.Text.Encoding.UTF8, "application/json")),
            ["404 api"] = await anonymous.GetAsync("/api/finnes-ikke"),
            ["calendar feed .ics"] = await (await site.CookieClientAsync(DemoUsers.Ansatt)).GetAsync("/arrangementer/kalender.ics"),
            ["event .ics"] = await (await site.CookieClientAsync(DemoUsers.Ansatt)).GetAsync(await EventCalendarAsync()),
            ["insights .csv"] = await (await site.CookieClientAsync(DemoUsers.Admin)).GetAsync("/innsikt/eksport/mest-leste.csv"),
        };
        foreach (var (kind, r) in responses)
        {
            string Header(string name) => r.Headers.TryGetValues(name, out var v) ? string.Join(",", v) : "";
            Assert.True(Header("X-Content-Type-Options") == "nosniff", $"{kind} ({(int)r.StatusCode}): nosniff");
            Assert.True(Header("Referrer-Policy") == "strict-origin-when-cross-origin", $"{kind}: Referrer-Policy");
            Assert.True(Header("X-Frame-Options") == "DENY", $"{kind}: X-Frame-Options");
            Assert.True(Header("Permissions-Policy").Contains("camera=()"), $"{kind}: Permissions-Policy");
            var csp = Header("Content-Security-Policy");
            if (kind == "media") Assert.Equal("sandbox", csp);
            else
            {
                Assert.True(csp.Contains("frame-ancestors 'none'") && csp.Contains("script-src 'self'") && csp.Contains("object-src 'none'"), $"{kind}: CSP {csp}");
                Assert.DoesNotContain("unsafe-inline", csp);
            }
        }
        Assert.Equal("application/problem+json", responses["problem+json 404"].Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, responses["404 page"].StatusCode);
        Assert.Equal(HttpStatusCode.OK, responses["static file"].StatusCode);
        Assert.Equal(HttpStatusCode.OK, responses["feed"].StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, responses["400 form without token"].StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, responses["400 api without token"].StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, responses["404 api"].StatusCode);
        Assert.Equal("text/calendar", responses["calendar feed .ics"].Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/calendar", responses["event .ics"].Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/csv", responses["insights .csv"].Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The calendar file of an event for every employee (made here by the communications staff).</summary>
    private async Task<string> EventCalendarAsync()
    {
        var organiser = await site.CookieClientAsync(DemoUsers.Kommunikasjon);
        var starts = DateTime.UtcNow.AddDays(30);
        var created = await organiser.PostFormAsync("/arrangementer/ny", new()
        {
            ["Title"] = "Kalenderfil " + Guid.NewGuid().ToString("N")[..6], ["Summary"] = "", ["Body"] = "Velkommen.", ["Place"] = "Rådhuset",
            ["StartsAt"] = starts.ToString("yyyy-MM-ddTHH:mm"), ["EndsAt"] = starts.AddHours(1).ToString("yyyy-MM-ddTHH:mm"), ["Capacity"] = "", ["SignupOpen"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.Headers.Location!.OriginalString + "/kalender.ics";
    }

    private async Task<JsonElement> UploadAsync()
    {
        var file = new ByteArrayContent(Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var response = await (await site.TokenClientAsync(DemoUsers.Ansatt)).PostAsync("/api/media",
            new MultipartFormDataContent { { file, "file", "piksel.png" }, { new StringContent("En piksel"), "alt" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
    }
}

[Collection(SecurityCollection.Name)]
public sealed class RedirectTraversalAndHeaderTestsSqlite(SqliteSecuritySite site) : RedirectTraversalAndHeaderTests(site);

[Collection(PostgresSecurityCollection.Name)]
public sealed class RedirectTraversalAndHeaderTestsPostgres(PostgresSecuritySite site) : RedirectTraversalAndHeaderTests(site);
