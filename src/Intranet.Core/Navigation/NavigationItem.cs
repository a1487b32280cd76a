namespace Intranet.Core.Navigation;

/// <summary>A menu entry a module contributes. Title is bokmål; nynorsk comes from the localizer.</summary>
/// <param name="Permission">Permission name required to see it; null means every signed-in reader.</param>
/// <param name="TitleSetting">A site setting that renames the entry when set (see <see cref="NavigationTitles"/>).</param>
public sealed record NavigationItem(
    string Title,
    string Url,
    int Order,
    NavigationArea Area = NavigationArea.Main,
    string? Permission = null,
    bool Anonymous = false,
    string? TitleSetting = null);
