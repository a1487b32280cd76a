using System.Globalization;
using Intranet.Core.Cluster;
using Intranet.Core.Content;
using Microsoft.Extensions.Caching.Memory;

namespace Intranet.Core.Caching;

/// <summary>
/// Content data cached per reader <em>context</em> — what decides visibility and targeting (signed in or not,
/// may manage content, own unit, led units, UI culture) — and never per user: the factory gets the reader
/// without a user id, so whatever it returns cannot hold one reader's own items (drafts, confirmations) and is
/// safe to hand to every reader with the same context. Entries expire on every node at the next content change
/// (<see cref="ContentCacheExtensions.GetOrCreateContentAsync{T}"/>) and after <see cref="MaxAge"/> at the latest,
/// because scheduled publish/unpublish times pass without a change-log row.
/// </summary>
public sealed class ReaderContextCache(IMemoryCache cache, IClusterEvents events)
{
    /// <summary>Same bound as the anonymous output cache, for the same reason (scheduled times).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    public async Task<T> GetOrCreateAsync<T>(string name, ReaderContext reader, Func<ReaderContext, Task<T>> factory)
    {
        var shared = Shared(reader);
        var key = new Key(name, shared.IsAuthenticated, shared.CanManageContent, shared.UnitId,
            string.Join(',', shared.LedUnitIds.Order()), CultureInfo.CurrentUICulture.Name);
        return (await cache.GetOrCreateContentAsync(events, key, () => factory(shared), MaxAge))!;
    }

    /// <summary>The reader as seen by a cached factory: the same rights, no identity.</summary>
    public static ReaderContext Shared(ReaderContext reader) =>
        reader.IsAuthenticated ? reader with { UserId = null } : ReaderContext.Anonymous;

    private sealed record Key(string Name, bool SignedIn, bool ManagesContent, int? UnitId, string LedUnits, string Culture);
}
