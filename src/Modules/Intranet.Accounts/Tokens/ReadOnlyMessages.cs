namespace Intranet.Accounts.Tokens;

public static class ReadOnlyMessages
{
    public const string Title = "Tokenet kan bare lese";
    public const string Detail = "Dette tokenet er laget bare for lesing og kan ikke brukes til å endre noe. Lag et token med skrivetilgang under Min profil → API-tokener.";
}
