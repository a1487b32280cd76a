using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Intranet.Bench.Load;

/// <summary>Signs demo users in the way a browser does (form + antiforgery) or for a bearer token.</summary>
internal static partial class Sessions
{
    public const string Password = "Intranett-demo-2026!";

    /// <summary>A Cookie header with the session and its antiforgery cookie, as a browser sends it after the first page.</summary>
    public static async Task<string> CookieAsync(HttpClient client, string username, string warmUpPage)
    {
        var form = await client.GetAsync("/logg-inn");
        var af = CookiePair(form, "intranett.af");
        var token = TokenPattern().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/logg-inn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
                { ["UserName"] = username, ["Password"] = Password, ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token) }),
        };
        post.Headers.Add("Cookie", af);
        var signedIn = await client.SendAsync(post);
        var auth = CookiePair(signedIn, "intranett.auth");
        using var warm = new HttpRequestMessage(HttpMethod.Get, warmUpPage);
        warm.Headers.Add("Cookie", auth);
        var page = await client.SendAsync(warm);
        var sessionAf = page.Headers.TryGetValues("Set-Cookie", out _) ? CookiePair(page, "intranett.af") : af;
        return $"{auth}; {sessionAf}";
    }

    public static async Task<AuthenticationHeaderValue> BearerAsync(HttpClient client, string username)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        return new AuthenticationHeaderValue("Bearer", token);
    }

    private static string CookiePair(HttpResponseMessage response, string name) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(name, StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
