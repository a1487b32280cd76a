using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Search.Tests;

/// <summary>Helpers: write articles through IArticleService, search through the HTTP API, wait for the index.</summary>
public static class SearchTestKit
{
    public static async Task<Article> CreateAsync(IntranetFactory factory, string title, string body, ArticleStatus status = ArticleStatus.Published,
        string author = DemoUsers.Admin, string kind = ArticleKinds.News, string language = "nb", Audience audience = Audience.Internal,
        IReadOnlyList<string>? values = null)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == author);
        var unitId = user.UnitId ?? await db.Units.Where(u => u.Slug == "hjemmetjenesten").Select(u => (int?)u.Id).FirstOrDefaultAsync();
        var input = new ArticleInput
        {
            Kind = kind, Title = title, BodyMarkdown = body, Language = language, AuthorId = user.Id, AuthorName = user.DisplayName,
            UnitId = unitId, Audience = audience, Values = values ?? [],
        };
        return await scope.ServiceProvider.GetRequiredService<IArticleService>().CreateAsync(input, new Actor(user.Id, author), status);
    }

    public static async Task SetStatusAsync(IntranetFactory factory, int id, ArticleStatus status)
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IArticleService>().SetStatusAsync(id, status, Actor.System);
    }

    public static async Task DeleteAsync(IntranetFactory factory, int id)
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IArticleService>().DeleteAsync(id, Actor.System);
    }

    public static async Task<JsonElement> SearchAsync(HttpClient client, string query, string extra = "")
    {
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query) + extra);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IEnumerable<int> HitIds(JsonElement result) =>
        result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt32());

    public static int FacetCount(JsonElement result, string facet, string value) =>
        result.GetProperty("facets").GetProperty(facet).EnumerateArray()
            .Where(f => f.GetProperty("value").GetString() == value).Select(f => f.GetProperty("count").GetInt32()).FirstOrDefault();

    /// <summary>Polls the search until the condition holds; returns the elapsed time, or fails after the timeout.</summary>
    public static async Task<TimeSpan> WaitUntilAsync(HttpClient client, string query, Func<JsonElement, bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        JsonElement last = default;
        while (watch.Elapsed < timeout)
        {
            last = await SearchAsync(client, query);
            if (condition(last)) return watch.Elapsed;
            await Task.Delay(25);
        }
        Assert.Fail($"Search for '{query}' did not reach the expected state within {timeout}. Last answer: {last}");
        return watch.Elapsed;
    }

    public static Task<TimeSpan> WaitForAsync(HttpClient client, string query, int id, TimeSpan? timeout = null) =>
        WaitUntilAsync(client, query, r => HitIds(r).Contains(id), timeout ?? TimeSpan.FromSeconds(20));

    public static Task<TimeSpan> WaitGoneAsync(HttpClient client, string query, int id, TimeSpan? timeout = null) =>
        WaitUntilAsync(client, query, r => !HitIds(r).Contains(id), timeout ?? TimeSpan.FromSeconds(20));
}
