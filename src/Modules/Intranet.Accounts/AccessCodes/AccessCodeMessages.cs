namespace Intranet.Accounts.AccessCodes;

/// <summary>
/// What a person signing in with a code is told. The specific reasons (revoked, expired, used) are only given to
/// someone who typed the right code, so they reveal nothing to a guesser.
/// </summary>
public static class AccessCodeMessages
{
    public const string Wrong = "Feil brukernavn eller tilgangskode.";
    public const string Missing = "Skriv brukernavnet og tilgangskoden fra kortet.";
    public const string Revoked = "Tilgangskoden er trukket tilbake og kan ikke brukes. Be lederen din om en ny kode.";
    public const string Expired = "Tilgangskoden er utløpt. Be lederen din om en ny kode.";
    public const string Used = "Tilgangskoden er allerede brukt. Logg inn med passordet du valgte.";
}
