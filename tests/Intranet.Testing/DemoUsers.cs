namespace Intranet.Testing;

/// <summary>The demo recipe's users (Development only).</summary>
public static class DemoUsers
{
    public const string Password = "Intranett-demo-2026!";
    public const string Ansatt = "ansatt";
    public const string Nyansatt = "nyansatt";
    public const string Enhetsleder = "enhetsleder";
    public const string Kommunikasjon = "kommunikasjon";
    public const string Kommunedirektor = "kommunedirektor";
    public const string Admin = "admin";

    public static readonly string[] All = [Ansatt, Nyansatt, Enhetsleder, Kommunikasjon, Kommunedirektor, Admin];
}
