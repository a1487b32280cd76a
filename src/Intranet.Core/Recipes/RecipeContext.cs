namespace Intranet.Core.Recipes;

/// <summary>State shared by the steps of one recipe run.</summary>
public sealed class RecipeContext(string stepName, bool isDevelopment)
{
    private readonly Dictionary<string, HashSet<string>> _seen = new();

    public string StepName { get; internal set; } = stepName;
    public bool IsDevelopment { get; } = isDevelopment;
    public int Changes { get; private set; }

    /// <summary>
    /// Users a developmentOnly step left out (username → display name). Articles may still name them as
    /// author: outside Development they keep the byline without an account behind it.
    /// </summary>
    public Dictionary<string, string> WithheldUsers { get; } = new(StringComparer.Ordinal);

    public void Changed(int count = 1) => Changes += count;

    public RecipeException Error(string field, string message) => new(StepName, field, message);

    /// <summary>
    /// Refuses a key (slug, username) seen before in this recipe: the second entry would overwrite the
    /// first on every import, so importing twice would never settle at zero changes.
    /// </summary>
    public void EnsureUnique(string scope, string key, string field)
    {
        if (!_seen.TryGetValue(scope, out var keys)) _seen[scope] = keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!keys.Add(key)) throw Error(field, $"«{key}» står mer enn én gang i oppskriften.");
    }
}
