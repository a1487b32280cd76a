using Microsoft.Extensions.Localization;

namespace Intranet.Core.Localization;

/// <summary>Keys are the bokmål text; nynorsk comes from the catalog, falling back to bokmål.</summary>
public sealed class NorwegianStringLocalizer(NynorskCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name] => Localize(name, name);

    public LocalizedString this[string name, params object[] arguments] =>
        Localize(name, string.Format(Text(name), arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.All.Select(p => new LocalizedString(p.Key, Cultures.IsNynorsk ? p.Value : p.Key));

    public string Text(string bokmal) =>
        Cultures.IsNynorsk && catalog.TryTranslate(bokmal, out var nn) ? nn : bokmal;

    private LocalizedString Localize(string name, string formatted)
    {
        var found = !Cultures.IsNynorsk || catalog.TryTranslate(name, out _);
        return new LocalizedString(name, formatted == name ? Text(name) : formatted, resourceNotFound: !found);
    }
}
