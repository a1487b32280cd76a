namespace Intranet.Corner.Models;

public enum QuestionStatus
{
    New,
    Answered,
    Declined,
}
