namespace Intranet.Values.Services;

/// <summary>What an employee types when giving a verdirose (bound from the form as typed, validated by PraiseRules).</summary>
public sealed class PraiseInput
{
    public const string ToPerson = "person";
    public const string ToTeam = "team";

    /// <summary>"person" (a colleague) or "team" (a unit).</summary>
    public string? Recipient { get; set; }
    public string? UserId { get; set; }
    public string? Unit { get; set; }
    public List<string> Values { get; set; } = [];
    public string? Message { get; set; }
}
