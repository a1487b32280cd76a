using Intranet.Core.Models;

namespace Intranet.Accounts.AccessCodes;

/// <summary>The outcome of trying a username and access code; <see cref="Message"/> is what the person is told.</summary>
public sealed record AccessCodeCheck(AccessCodeOutcome Outcome, IntranetUser? User = null, AccessCode? Code = null)
{
    public bool Valid => Outcome == AccessCodeOutcome.Valid;

    public string? Message => Outcome switch
    {
        AccessCodeOutcome.Valid => null,
        AccessCodeOutcome.Revoked => AccessCodeMessages.Revoked,
        AccessCodeOutcome.Expired => AccessCodeMessages.Expired,
        AccessCodeOutcome.Used => AccessCodeMessages.Used,
        AccessCodeOutcome.LockedOut => Services.SignInMessages.LockedOut,
        AccessCodeOutcome.Missing => AccessCodeMessages.Missing,
        AccessCodeOutcome.NotForThisAccount => AccessCodeMessages.NotForThisAccount,
        _ => AccessCodeMessages.Wrong,
    };
}

public enum AccessCodeOutcome { Valid, Wrong, Missing, Revoked, Expired, Used, LockedOut, NotForThisAccount }
