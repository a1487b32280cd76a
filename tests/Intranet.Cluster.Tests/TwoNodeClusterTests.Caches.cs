using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intranet.Core.Caching;
using Intranet.Testing;
using Xunit;

namespace Intranet.Cluster.Tests;

/// <summary>
/// Cross-node cache eviction: node B holds the anonymous home page in its output cache, the story is approved
/// through node A, and B's home page shows it within 5 s — long before B's cached copy would have expired by itself.
/// </summary>
public sealed partial class TwoNodeClusterTests
{
    private static readonly TimeSpan CrossNodeDeadline = TimeSpan.FromSeconds(5);

    private async Task PublishThroughNodeAWhileNodeBHasTheHomePageCachedAsync(HttpClient reviewer, int storyId)
    {
        // A visitor who never posts anything asks node B directly, so the page sits in B's cache under one key.
        using var visitorOnB = DirectClient(_nodeB.BaseUrl, new CookieContainer());
        await WarmHomePageAsync(visitorOnB);

        // The approval must be answered by node A: B may only learn of it through the change log.
        if (_recorder.LastNode != "node-b")
            Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/api/articles/{storyId}")).StatusCode);
        Assert.Equal("node-b", _recorder.LastNode);
        var cached = await visitorOnB.GetAsync("/");
        Assert.True(cached.Headers.Age is not null, "node B's home page is not served from its cache just before the publish");
        Assert.DoesNotContain(Title, WebUtility.HtmlDecode(await cached.Content.ReadAsStringAsync()));
        var age = cached.Headers.Age!.Value;

        var sincePublish = Stopwatch.StartNew();
        await ApproveAsync(reviewer, storyId);
        Assert.Equal("node-a", _recorder.LastNode);
        await WaitUntilAsync(async () => WebUtility.HtmlDecode(await visitorOnB.GetStringAsync("/")).Contains(Title), CrossNodeDeadline,
            $"the story approved through node A is not on node B's home page within {CrossNodeDeadline.TotalSeconds} s");
        var shown = sincePublish.Elapsed;
        output.WriteLine($"node B's cached home page (age {age.TotalSeconds} s) showed the story {shown.TotalMilliseconds:F0} ms after the approval on node A");
        // Had B not evicted its copy, it would still be served: its entry lives until age + elapsed reaches the cache duration.
        Assert.True(age + shown < ReaderPageCache.AnonymousDuration, $"B's cached copy (age {age}) may simply have expired after {shown}");

        using var visitorOnA = DirectClient(_nodeA.BaseUrl!, new CookieContainer());
        Assert.Contains(Title, await visitorOnA.TextAsync("/"));
    }

    /// <summary>Asks until node B answers from its output cache (the first answer may set a cookie, which is never stored).</summary>
    private static async Task WarmHomePageAsync(HttpClient visitor)
    {
        for (var i = 0; i < 5; i++)
        {
            var response = await visitor.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            if (response.Headers.Age is not null) return;
        }
        Assert.Fail("node B never served the anonymous home page from its output cache");
    }

    /// <summary>
    /// Directly on each node: a visitor reads the public story and its image, and the author's search finds it
    /// (each node's own index, synced from the change log).
    /// </summary>
    private async Task AssertPublishedStoryOnEveryNodeAsync(int storyId, string articleUrl, string imageUrl)
    {
        foreach (var node in new[] { _nodeA.BaseUrl!, _nodeB.BaseUrl })
        {
            using var visitor = DirectClient(node, new CookieContainer());
            Assert.Contains(Title, await visitor.TextAsync(articleUrl));
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(imageUrl)).StatusCode);

            using var author = DirectClient(node);
            var clock = Stopwatch.StartNew();
            await WaitUntilAsync(async () => await SearchFindsAsync(author, storyId), TimeSpan.FromSeconds(15),
                $"search on {node} does not find the story within 15 s");
            output.WriteLine($"search on {node} found the story after {clock.ElapsedMilliseconds} ms more");
        }
    }

    private static async Task<bool> SearchFindsAsync(HttpClient client, int storyId)
    {
        var result = await client.GetFromJsonAsync<JsonElement>("/api/search?q=klyngehistorie");
        return result.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetInt32() == storyId);
    }
}
