using Microsoft.Extensions.Localization;

namespace Intranet.Core.Users;

/// <summary>
/// The name that replaces a deleted user's name on what they wrote (stories, comments, reviews). It is stored in
/// bokmål, like every other stored text, and translated where it is shown.
/// </summary>
public static class FormerEmployee
{
    public const string Name = "Tidligere ansatt";

    /// <summary>A stored author name as the reader should see it: the former-employee name in their language, any
    /// other name as it is (a person's name is never looked up in the text catalogue).</summary>
    public static string Shown(string? name, IStringLocalizer t) => name == Name ? t[Name] : name ?? "";
}
