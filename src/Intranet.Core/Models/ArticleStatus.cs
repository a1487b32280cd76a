namespace Intranet.Core.Models;

public enum ArticleStatus
{
    Draft,
    Submitted,
    ChangesRequested,
    Published,
    Rejected,
    Archived,
}
