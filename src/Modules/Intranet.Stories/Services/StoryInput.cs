using Intranet.Core.Models;

namespace Intranet.Stories.Services;

/// <summary>What an author sends from the editor or the API.</summary>
public sealed record StoryInput
{
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    public int? UnitId { get; init; }
    public IReadOnlyList<string> Values { get; init; } = [];
    public Audience Audience { get; init; } = Audience.Internal;
    public bool NamesPeople { get; init; }
    public string? ConsentStatement { get; init; }
    public DateTimeOffset? ConsentObtainedAt { get; init; }
    public IReadOnlyList<string> ImageIds { get; init; } = [];

    /// <summary>Consent is needed when the story names or shows people, and always for the public.</summary>
    public bool NeedsConsent => NamesPeople || Audience == Audience.Public;
}
