using Microsoft.AspNetCore.Identity;

namespace Intranet.Core.Models;

public class IntranetUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }
    /// <summary>nb or nn: the user's chosen UI language.</summary>
    public string Culture { get; set; } = "nb";
    public DateOnly? StartDate { get; set; }
    public string? JobTitle { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
