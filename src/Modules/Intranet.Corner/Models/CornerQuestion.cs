namespace Intranet.Corner.Models;

/// <summary>
/// A question to the chief executive. An anonymous question stores nothing that links it to the asker:
/// no user id, no name, and only the day it was asked (an exact time could be matched against sign-in logs).
/// </summary>
public class CornerQuestion
{
    public int Id { get; set; }
    public string Text { get; set; } = "";
    public bool Anonymous { get; set; }
    /// <summary>Null for anonymous questions.</summary>
    public string? AskerId { get; set; }
    /// <summary>Null for anonymous questions.</summary>
    public string? AskerName { get; set; }
    public DateTimeOffset AskedAt { get; set; }
    public QuestionStatus Status { get; set; } = QuestionStatus.New;
    public string? Answer { get; set; }
    public string? AnsweredBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}
