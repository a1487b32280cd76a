using System.Collections.Concurrent;
using Intranet.Core.Localization;
using Microsoft.Extensions.Localization;

namespace Intranet.Foundation.Tests.Nynorsk;

/// <summary>The host's localizer, noting every key a nynorsk page asked for that the catalog does not have.</summary>
public sealed class RecordingLocalizer(NynorskCatalog catalog) : IStringLocalizer, IStringLocalizerFactory
{
    private readonly NorwegianStringLocalizer _inner = new(catalog);

    public ConcurrentDictionary<string, byte> Missing { get; } = new();

    public LocalizedString this[string name] => Note(_inner[name]);

    public LocalizedString this[string name, params object[] arguments] => Note(_inner[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => _inner.GetAllStrings(includeParentCultures);

    public IStringLocalizer Create(Type resourceSource) => this;

    public IStringLocalizer Create(string baseName, string location) => this;

    private LocalizedString Note(LocalizedString text)
    {
        if (Cultures.IsNynorsk && !catalog.TryTranslate(text.Name, out _)) Missing.TryAdd(text.Name, 0);
        return text;
    }
}
