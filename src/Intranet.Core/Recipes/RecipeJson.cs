using System.Text.Json;

namespace Intranet.Core.Recipes;

/// <summary>Reading helpers that turn missing or mistyped fields into a RecipeException naming the field.</summary>
public static class RecipeJson
{
    public static string RequiredString(this JsonElement e, string name, RecipeContext ctx, string path)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
            return v.GetString()!;
        throw ctx.Error($"{path}.{name}", "mangler eller er ikke tekst.");
    }

    public static string? OptionalString(this JsonElement e, string name, RecipeContext ctx, string path)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.String) throw ctx.Error($"{path}.{name}", "må være tekst.");
        return v.GetString();
    }

    public static bool OptionalBool(this JsonElement e, string name, RecipeContext ctx, string path, bool fallback = false)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return fallback;
        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw ctx.Error($"{path}.{name}", "må være true eller false."),
        };
    }

    public static int? OptionalInt(this JsonElement e, string name, RecipeContext ctx, string path)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i)) throw ctx.Error($"{path}.{name}", "må være et heltall.");
        return i;
    }

    public static DateTimeOffset? OptionalDate(this JsonElement e, string name, RecipeContext ctx, string path)
    {
        var s = e.OptionalString(name, ctx, path);
        if (s is null) return null;
        if (!DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d))
            throw ctx.Error($"{path}.{name}", $"«{s}» er ikke en gyldig dato.");
        return d.ToUniversalTime();
    }

    public static IReadOnlyList<string> StringList(this JsonElement e, string name, RecipeContext ctx, string path)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return [];
        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
            throw ctx.Error($"{path}.{name}", "må være en liste med tekster.");
        return v.EnumerateArray().Select(x => x.GetString()!).ToList();
    }

    public static IEnumerable<(JsonElement Item, string Path)> Items(this JsonElement step, string name, RecipeContext ctx)
    {
        if (!step.TryGetProperty(name, out var list)) return [];
        if (list.ValueKind != JsonValueKind.Array) throw ctx.Error(name, "må være en liste.");
        return list.EnumerateArray().Select((item, i) => (item, $"{name}[{i}]"));
    }
}
