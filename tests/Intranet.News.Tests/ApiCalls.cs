using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.News.Tests;

/// <summary>JSON posts from a cookie session, with the antiforgery header a cookie-authenticated API call may need.</summary>
internal static class ApiCalls
{
    /// <summary>A page the user may not open: the host sends people to the access-denied page.</summary>
    public static async Task AssertForbiddenPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Xunit.Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Xunit.Assert.StartsWith("/feil/403", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Creates a news item as communications staff and returns its id and URL.</summary>
    public static async Task<(int Id, string Url)> CreateNewsAsync(this HttpClient comms, object body)
    {
        var response = await comms.PostJsonAsync("/api/news", body);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != System.Net.HttpStatusCode.Created) throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        var json = JsonDocument.Parse(text).RootElement;
        return (json.GetProperty("id").GetInt32(), response.Headers.Location!.OriginalString);
    }
}
