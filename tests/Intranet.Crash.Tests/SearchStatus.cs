using System.Net.Http.Json;
using System.Text.Json;

namespace Intranet.Crash.Tests;

/// <summary>Reads the search status of a host process (admin bearer client) until it says what a test waits for.</summary>
public static class SearchStatus
{
    public static async Task<JsonElement> SearchStatusAsync(this HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>("/api/admin/search/status");

    /// <summary>Polls the status until the condition holds (or fails with the last status seen).</summary>
    public static async Task<JsonElement> WaitForStatusAsync(this HttpClient client, Func<JsonElement, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var status = await client.SearchStatusAsync();
            if (condition(status)) return status;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Ventet for lenge på {what}: {status}");
            await Task.Delay(25);
        }
    }
}
