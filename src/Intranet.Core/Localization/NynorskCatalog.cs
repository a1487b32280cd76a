using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Intranet.Core.Localization;

/// <summary>
/// UI text is written in bokmål in the code; each Intranet assembly embeds Localization/nn.json mapping
/// bokmål text to nynorsk. This merges them all once.
/// </summary>
public sealed class NynorskCatalog
{
    private readonly FrozenDictionary<string, string> _nn;

    public NynorskCatalog(IEnumerable<Assembly> assemblies)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assembly in assemblies.Distinct())
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith("Localization.nn.json", StringComparison.Ordinal)))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? [];
                foreach (var (nb, nn) in entries) all[nb] = nn;
            }
        _nn = all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int Count => _nn.Count;

    public bool TryTranslate(string bokmal, out string nynorsk) => _nn.TryGetValue(bokmal, out nynorsk!);

    public IEnumerable<KeyValuePair<string, string>> All => _nn;

    public static NynorskCatalog FromLoadedIntranetAssemblies() =>
        new(AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name?.StartsWith("Intranet.", StringComparison.Ordinal) == true));
}
