using Intranet.Core.Cluster;
using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Cluster.Tests;

/// <summary>Entries cached with GetOrCreateContentAsync expire when the change log moves, and only then.</summary>
public sealed class ContentCacheTests : IDisposable
{
    private readonly IntranetFactory _factory = new IntranetFactory().With("Intranet:SkipDemoRecipe", "true");

    [Fact]
    public async Task A_content_change_expires_cached_entries()
    {
        var events = _factory.Services.GetRequiredService<ChangeLogWatcher>();
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var computed = 0;
        Task<int> Compute() => Task.FromResult(++computed);

        await events.PollAsync();
        Assert.Equal(1, await cache.GetOrCreateContentAsync(events, "home", Compute));
        await events.PollAsync();
        Assert.Equal(1, await cache.GetOrCreateContentAsync(events, "home", Compute));

        using (var scope = _factory.Services.CreateScope())
        {
            var articles = scope.ServiceProvider.GetRequiredService<IArticleService>();
            await articles.CreateAsync(new ArticleInput { Kind = ArticleKinds.News, Title = "Ny i bufferen", BodyMarkdown = "Tekst." }, Actor.System);
        }
        await events.PollAsync();
        Assert.Equal(2, await cache.GetOrCreateContentAsync(events, "home", Compute));
    }

    public void Dispose() => _factory.Dispose();
}
