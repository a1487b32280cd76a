using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Media.Tests;

/// <summary>One host per provider for a test class, with signed-in clients cached (sign-in is rate limited).</summary>
public abstract class MediaHost(DatabaseProvider provider) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new();

    public IntranetFactory Factory { get; } = new(provider);

    public Task<HttpClient> ClientAsync(string user) =>
        _clients.GetOrAdd(user, u => new Lazy<Task<HttpClient>>(() => Factory.SignedInClientAsync(u))).Value;

    public async Task<HttpResponseMessage> UploadAsync(string user, byte[] bytes, string fileName = "bilde.jpg",
        string? alt = "Et bilde", string contentType = "image/jpeg", bool antiforgery = true)
    {
        var client = await ClientAsync(user);
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "file", fileName);
        if (alt is not null) content.Add(new StringContent(alt), "alt");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/media") { Content = content };
        if (antiforgery) request.Headers.Add("X-CSRF-TOKEN", await TokenAsync(client));
        return await client.SendAsync(request);
    }

    public async Task<JsonElement> UploadOkAsync(string user, byte[] bytes, string fileName = "bilde.jpg", string alt = "Et bilde")
    {
        var response = await UploadAsync(user, bytes, fileName, alt);
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != 201) throw new InvalidOperationException($"Upload failed: {(int)response.StatusCode} {body}");
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    public static async Task<string> TokenAsync(HttpClient client) =>
        HttpClientExtensions.AntiforgeryToken(await client.GetStringAsync("/"))
        ?? throw new InvalidOperationException("No antiforgery token on /");

    public async Task<Article> CreateArticleAsync(string author, string body, ArticleStatus status, Audience audience = Audience.Internal)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var user = await db.Users.SingleAsync(u => u.UserName == author);
        var articles = scope.ServiceProvider.GetRequiredService<IArticleService>();
        var input = new ArticleInput { Kind = ArticleKinds.News, Title = "Artikkel " + Guid.NewGuid().ToString("N")[..6], BodyMarkdown = body, Audience = audience };
        return await articles.CreateAsync(input, new Actor(user.Id, author), status);
    }

    public async Task PublishAsync(int articleId)
    {
        using var scope = Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IArticleService>().SetStatusAsync(articleId, ArticleStatus.Published, Actor.System);
    }

    /// <summary>Limits reading the article to one unit (ArticleReaderUnit, as restricted news does).</summary>
    public async Task RestrictAsync(int articleId, string unitSlug)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var unitId = await db.Units.Where(u => u.Slug == unitSlug).Select(u => u.Id).SingleAsync();
        db.ArticleReaderUnits.Add(new ArticleReaderUnit { ArticleId = articleId, UnitId = unitId });
        await db.SaveChangesAsync();
    }

    public void Dispose() => Factory.Dispose();
}

public sealed class SqliteMediaHost() : MediaHost(DatabaseProvider.Sqlite);

public sealed class PostgresMediaHost() : MediaHost(DatabaseProvider.Postgres);
