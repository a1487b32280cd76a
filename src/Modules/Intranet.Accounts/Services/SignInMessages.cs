namespace Intranet.Accounts.Services;

/// <summary>What people are told when signing in fails, the same on the login page and the token API.</summary>
public static class SignInMessages
{
    public const string LockedOut = "Kontoen er midlertidig låst etter for mange mislykkede forsøk. Prøv igjen om 15 minutter, eller kontakt IT.";
    public const string Wrong = "Feil brukernavn eller passord.";
    public const string Missing = "Skriv brukernavn og passord.";
    public const string ExternalFailed = "Innloggingen med kommunens konto mislyktes. Prøv igjen, eller kontakt IT.";
}
