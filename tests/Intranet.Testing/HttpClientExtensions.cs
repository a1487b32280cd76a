using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Intranet.Testing;

/// <summary>Sign-in helpers: a cookie session through the login form, or a bearer token through the API.</summary>
public static partial class HttpClientExtensions
{
    /// <summary>A client with a cookie session for the user (keeps cookies, does not follow redirects).</summary>
    public static async Task<HttpClient> SignedInClientAsync(this IntranetFactory factory, string username, string password = DemoUsers.Password)
    {
        var client = factory.NewClient(allowAutoRedirect: false, handleCookies: true);
        var response = await client.PostFormAsync("/logg-inn", new() { ["UserName"] = username, ["Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {username} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>A client that sends a bearer token for the user.</summary>
    public static async Task<HttpClient> TokenClientAsync(this IntranetFactory factory, string username, string password = DemoUsers.Password)
    {
        var client = factory.NewClient(allowAutoRedirect: false, handleCookies: false);
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A JSON post from a cookie session, with the antiforgery header a cookie-authenticated API call needs.</summary>
    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body)
    {
        var token = AntiforgeryToken(await client.GetStringAsync("/"));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (token is not null) request.Headers.Add("X-CSRF-TOKEN", token);
        return await client.SendAsync(request);
    }

    /// <summary>The page with HTML entities decoded, so Norwegian letters compare as typed.</summary>
    public static async Task<string> TextAsync(this HttpClient client, string url) =>
        System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(url));

    /// <summary>GETs the form page, takes its antiforgery token, and posts the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formPageUrl = null)
    {
        var page = await client.GetStringAsync(formPageUrl ?? url);
        var token = AntiforgeryToken(page) ?? throw new InvalidOperationException($"No antiforgery token on {formPageUrl ?? url}");
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static string? AntiforgeryToken(string html)
    {
        var m = TokenPattern().Match(html);
        return m.Success ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
