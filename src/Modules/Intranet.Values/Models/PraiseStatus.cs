namespace Intranet.Values.Models;

/// <summary>Whether the recipient (for a team: a leader of the unit) agreed to show the praise on the unit's page.</summary>
public enum PraiseStatus
{
    Pending,
    Accepted,
    Declined,
}
