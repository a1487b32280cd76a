namespace Intranet.Values.Models;

/// <summary>
/// A "verdirose": one employee thanks a colleague (RecipientUserId) or a team (the unit, no user) for living
/// one or more values. UnitId is the unit whose page may show it: the team, or the colleague's unit when sent.
/// Withdrawn praise is deleted; hidden praise (moderation) stays, for the record, but is shown nowhere.
/// </summary>
public class ValuePraise
{
    public int Id { get; set; }
    public string SenderId { get; set; } = "";
    public string? RecipientUserId { get; set; }
    public int? UnitId { get; set; }
    public string Message { get; set; } = "";
    public PraiseStatus Status { get; set; } = PraiseStatus.Pending;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? HiddenAt { get; set; }
    public string? HiddenById { get; set; }
    public List<ValuePraiseValue> Values { get; set; } = [];

    public bool IsForTeam => RecipientUserId is null;
}
