using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Intranet.Testing;

/// <summary>HTTP against a host process: wait until healthy, sign in for a bearer token.</summary>
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
        var response = await client.PostAsJsonAsync("/api/auth/token", new { username, password = DemoUsers.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
