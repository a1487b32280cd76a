using Microsoft.Extensions.Caching.Memory;

namespace Intranet.Core.Cluster;

/// <summary>Memory-cache helpers whose entries expire on every node when content changes anywhere.</summary>
public static class ContentCacheExtensions
{
    /// <summary>The output-cache tag that is evicted on every content change (tag cached pages with it).</summary>
    public const string OutputCacheTag = "content";

    public static Task<T?> GetOrCreateContentAsync<T>(this IMemoryCache cache, IClusterEvents events, object key,
        Func<Task<T>> factory, TimeSpan? maxAge = null) =>
        cache.GetOrCreateAsync(key, entry =>
        {
            entry.AddExpirationToken(events.ContentChangeToken);
            entry.AbsoluteExpirationRelativeToNow = maxAge ?? TimeSpan.FromMinutes(10);
            return factory();
        });
}
