using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Testing;

namespace Intranet.Newsletter.Tests;

internal static class TestCalls
{
    public static async Task<int> CreateNewsAsync(this HttpClient comms, object body)
    {
        var response = await comms.PostJsonAsync("/api/news", body);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != System.Net.HttpStatusCode.Created) throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt32();
    }
}
