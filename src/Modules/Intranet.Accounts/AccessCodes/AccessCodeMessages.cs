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
    /// <summary>The right code for an account that may no longer use codes (it got a role, a password or single sign-on).</summary>
    public const string NotForThisAccount = "Denne kontoen kan ikke logge inn med tilgangskode. Logg inn med passordet ditt eller med kommunens konto.";

    // What a leader is told when a person cannot get a code (see AccessCodeEligibility).
    public const string OwnPassword = "Personen har en konto med eget passord og kan ikke få tilgangskode. Har personen glemt passordet, kan en administrator hjelpe.";
    public const string ExternalLogin = "Personen logger inn med kommunens konto (enkel pålogging) og kan ikke få tilgangskode.";
    public const string HigherRole = "Personen har en rolle med flere rettigheter enn Ansatt og kan ikke få tilgangskode.";
    public const string NoSuchPerson = "Personen finnes ikke.";
}
