using Intranet.Core.Caching;
using Intranet.Core.Cluster;
using Intranet.Core.Data;
using Intranet.Core.Localization;
using Microsoft.Extensions.Caching.Memory;

namespace Intranet.Core.Navigation;

/// <summary>
/// Menu titles a site setting may rename (<see cref="NavigationItem.TitleSetting"/>: "corner:label" makes the corner
/// "Rådmannens hjørne"); the setting with the suffix "Nn" holds the nynorsk form. Every page shows the menu, so the
/// value is cached until the next content change, and for <see cref="ReaderContextCache.MaxAge"/> at most.
/// </summary>
public sealed class NavigationTitles(IntranetDbContext db, IMemoryCache cache, IClusterEvents events)
{
    public async Task<string> TitleAsync(NavigationItem item)
    {
        if (item.TitleSetting is not { } key) return item.Title;
        var nynorsk = Cultures.IsNynorsk;
        var title = await cache.GetOrCreateContentAsync(events, new CacheKey(key, nynorsk),
            async () => await LocalizedSetting.ReadAsync(db, key) ?? "", ReaderContextCache.MaxAge);
        return string.IsNullOrWhiteSpace(title) ? item.Title : title;
    }

    private sealed record CacheKey(string Setting, bool Nynorsk);
}
