using Intranet.Values.Models;

namespace Intranet.Values.Services;

/// <summary>A verdirose as the pages show it: names resolved, values by slug.</summary>
public sealed record PraiseCard(
    int Id,
    string SenderName,
    string RecipientName,
    bool IsForTeam,
    string? UnitSlug,
    string? UnitName,
    string Message,
    IReadOnlyList<string> Values,
    PraiseStatus Status,
    bool Hidden,
    DateTimeOffset CreatedAt);
