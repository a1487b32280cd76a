namespace Intranet.Corner.Models;

public enum QuestionStatus
{
    New,
    Answered,
    Declined,
    /// <summary>Taken out of the corner and the queue by a moderator (e.g. offensive, or an answer withdrawn).</summary>
    Hidden,
}
