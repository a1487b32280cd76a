using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intranet.Core.Data;
using Intranet.Insights.Tracking;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Insights.Tests;

internal static class TestCalls
{
    public const string BrowserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36";

    /// <summary>A signed-in client that looks like an ordinary browser (clients without a User-Agent count as bots).</summary>
    public static async Task<HttpClient> BrowserClientAsync(this IntranetFactory factory, string user)
    {
        var client = await factory.SignedInClientAsync(user);
        client.DefaultRequestHeaders.UserAgent.ParseAdd(BrowserAgent);
        return client;
    }

    public static async Task<JsonElement> CreatedAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>The CSV export of one chart as rows of cells (BOM checked and removed; no quoted ';' expected here).</summary>
    public static async Task<List<string[]>> CsvAsync(this HttpClient client, string chart, string? unit = null)
    {
        var response = await client.GetAsync($"/innsikt/eksport/{chart}.csv" + (unit is null ? "" : $"?enhet={Uri.EscapeDataString(unit)}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToList();
    }

    public static async Task FlushAsync(this IntranetFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        await factory.Services.GetRequiredService<ViewBuffer>().FlushAsync(scope.ServiceProvider.GetRequiredService<IntranetDbContext>(), default);
    }

    public static async Task<T> WithDbAsync<T>(this IntranetFactory factory, Func<IntranetDbContext, Task<T>> work)
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }

    public static async Task AssertForbiddenPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/feil/403", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    public static double Number(string cell) => double.Parse(cell, System.Globalization.CultureInfo.GetCultureInfo("nb-NO"));
}
