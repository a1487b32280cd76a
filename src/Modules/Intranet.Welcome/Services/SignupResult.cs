namespace Intranet.Welcome.Services;

public enum SignupResult
{
    SignedUp,
    AlreadySignedUp,
    Full,
    NotFound,
}
