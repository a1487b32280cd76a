namespace Intranet.Values.Services;

/// <summary>
/// The icons a value can have, as SVG path data on a 24×24 grid (drawn in the theme's text colour).
/// Decorative only: the value's name always stands beside the icon.
/// </summary>
public static class ValueIcons
{
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        ["megaphone"] = "M3 10v4h3l6 4V6L6 10H3zm13.5 2a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z",
        ["handshake"] = "M12.2 5.3 9.6 7.9a1.5 1.5 0 0 0 2.1 2.1l1.8-1.8 5.2 5.2 2.3-2.3L15.6 6a3.6 3.6 0 0 0-3.4-.7zM2 11.1l2.3-2.3 3.1 3.1-2.3 2.3L2 11.1zm6.5 2.1 4.9 4.9a1.2 1.2 0 0 0 1.7-1.7l.7.7a1.2 1.2 0 0 0 1.7-1.7l-5-5-1.8 1.8a3 3 0 0 1-4.2-4.2L7.4 7 5.3 9l3.2 4.2z",
        ["lightbulb"] = "M9 21h6v-1.5H9V21zm3-19a7 7 0 0 0-4 12.7V17a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-2.3A7 7 0 0 0 12 2zm2.9 11.3-.9.6V16h-4v-2.1l-.9-.6a5 5 0 1 1 5.8 0z",
        ["heart"] = "M12 21s-7.5-4.6-9.5-9A5.2 5.2 0 0 1 12 6.3 5.2 5.2 0 0 1 21.5 12c-2 4.4-9.5 9-9.5 9z",
        ["star"] = "M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5-4.8-4.6 6.6-.9L12 2.5z",
        ["people"] = "M8 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM8 13c-3.3 0-6 1.7-6 4v2h12v-2c0-2.3-2.7-4-6-4zm8 0c-.6 0-1.2.1-1.7.2A4.6 4.6 0 0 1 16 17v2h6v-2c0-2.3-2.7-4-6-4z",
    };

    public static string PathFor(string icon) => Paths.GetValueOrDefault(icon) ?? Paths["star"];
}
