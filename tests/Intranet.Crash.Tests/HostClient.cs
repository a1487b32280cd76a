using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intranet.Crash.Tests;

/// <summary>HTTP against a host process: wait until healthy, sign in for a bearer token, read the search status.</summary>
public static class HostClient
{
    public static async Task<HttpClient> HealthyClientAsync(this HostProcess host, TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl!), Timeout = TimeSpan.FromSeconds(20) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode) return client;
            }
            catch (HttpRequestException) { }
            if (host.HasExited) throw new InvalidOperationException("Serveren stoppet under oppstart:\n" + host.Tail());
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Serveren ble ikke klar:\n" + host.Tail());
            await Task.Delay(100);
        }
    }

    public static async Task SignInAsync(this HttpClient client, string username)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = "Intranett-demo-2026!" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

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
