using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Intranet.Core.Notifications;

/// <summary>
/// A notification title in bokmål with {0}, {1} … for the names and titles filled in. Notifications are stored as
/// sent, so a module registers each of its templates (as a singleton) and /varsler shows a stored title in the
/// reader's written standard by matching it against them and filling the nynorsk template with the same values.
/// </summary>
public sealed partial class NotificationTemplate(string format)
{
    private readonly Regex _pattern = new(
        "^" + Placeholder().Replace(Regex.Escape(format), m => $"(?<a{m.Groups[1].Value}>.+)") + "$", RegexOptions.Singleline);

    public string Format { get; } = format;

    public string Fill(params object[] values) => string.Format(Format, values);

    /// <summary>The stored title in the current culture, when it was made from this template.</summary>
    public bool TryShow(string title, IStringLocalizer localizer, out string shown)
    {
        var match = _pattern.Match(title);
        if (!match.Success)
        {
            shown = title;
            return false;
        }
        var values = match.Groups.Cast<Group>().Where(g => g.Name.StartsWith('a')).OrderBy(g => int.Parse(g.Name[1..]))
            .Select(g => (object)g.Value).ToArray();
        shown = localizer[Format, values].Value;
        return true;
    }

    [GeneratedRegex(@"\\\{(\d+)}")]
    private static partial Regex Placeholder();
}
