using System.Text.Json;

namespace Intranet.Core.Recipes;

/// <summary>
/// Helpers for steps that seed people's own activity on articles (review history, applause, reactions, comments,
/// must-read confirmations). Activity is dated in whole days from the article's publication, so it stays with the
/// article it belongs to; nothing is dated after the import. Demo users a developmentOnly step left out have no
/// account, and their activity goes with them.
/// </summary>
public static class RecipeActivity
{
    /// <summary>The longest span a recipe may date activity from its article (ten years).</summary>
    public const int MaxDays = 3650;

    /// <summary>
    /// The id of the user named at <paramref name="field"/>; null for a demo user left out outside Development.
    /// Unknown users are an error.
    /// </summary>
    public static string? UserId(string username, IReadOnlyDictionary<string, string> users, RecipeContext ctx, string field)
    {
        if (users.TryGetValue(username, out var id)) return id;
        if (ctx.WithheldUsers.ContainsKey(username)) return null;
        throw ctx.Error(field, $"brukeren «{username}» finnes ikke.");
    }

    /// <summary>A list of usernames, each at most once (one applause, one reaction, one confirmation per person).</summary>
    public static IReadOnlyList<string> People(this JsonElement e, string name, RecipeContext ctx, string path)
    {
        var people = e.StringList(name, ctx, path);
        var twice = people.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw ctx.Error($"{path}.{name}", $"«{twice.Key}» står mer enn én gang: én per person.");
        return people;
    }

    /// <summary>A list inside an entry (e.g. a story's comments), each item with its full field path.</summary>
    public static IReadOnlyList<(JsonElement Item, string Path)> List(this JsonElement e, string name, RecipeContext ctx, string path)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind != JsonValueKind.Array) throw ctx.Error($"{path}.{name}", "må være en liste.");
        return list.EnumerateArray().Select((item, i) => (item, $"{path}.{name}[{i}]")).ToList();
    }

    /// <summary>A day count (0 … <see cref="MaxDays"/>), 0 when missing.</summary>
    public static int Days(this JsonElement e, string name, RecipeContext ctx, string path)
    {
        var days = e.OptionalInt(name, ctx, path) ?? 0;
        return days is >= 0 and <= MaxDays ? days : throw ctx.Error($"{path}.{name}", $"må være et antall dager fra 0 til {MaxDays}.");
    }

    /// <summary><paramref name="days"/> after <paramref name="anchor"/> (before, when negative), but never after <paramref name="now"/>.</summary>
    public static DateTimeOffset At(DateTimeOffset anchor, int days, DateTimeOffset now)
    {
        var at = anchor.AddDays(days);
        return at > now ? now : at;
    }
}
