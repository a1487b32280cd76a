namespace Intranet.Newsletter.Models;

public enum SignupStatus
{
    Confirmed = 0,
    Waiting = 1,
}
