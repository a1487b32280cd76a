namespace Intranet.Core.Security;

/// <summary>The role names stored in Identity. ASCII so they travel safely in claims, recipes and the CLI.</summary>
public static class Roles
{
    public const string Ansatt = "Ansatt";
    public const string Nyansatt = "Nyansatt";
    public const string Enhetsleder = "Enhetsleder";
    public const string Kommunikasjon = "Kommunikasjon";
    public const string Kommunedirektor = "Kommunedirektor";
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All =
        [Ansatt, Nyansatt, Enhetsleder, Kommunikasjon, Kommunedirektor, Administrator];

    public static string DisplayName(string role) => role switch
    {
        Kommunedirektor => "Kommunedirektør",
        _ => role,
    };
}
