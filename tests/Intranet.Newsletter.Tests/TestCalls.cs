using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.Newsletter.Tests;

internal static class TestCalls
{
    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body)
    {
        var token = HttpClientExtensions.AntiforgeryToken(await client.GetStringAsync("/"));
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (token is not null) request.Headers.Add("X-CSRF-TOKEN", token);
        return await client.SendAsync(request);
    }

    public static async Task<string> TextAsync(this HttpClient client, string url) =>
        System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(url));

    public static async Task<int> CreateNewsAsync(this HttpClient comms, object body)
    {
        var response = await comms.PostJsonAsync("/api/news", body);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != System.Net.HttpStatusCode.Created) throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }
}
