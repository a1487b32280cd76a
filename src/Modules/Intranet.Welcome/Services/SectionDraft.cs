namespace Intranet.Welcome.Services;

/// <summary>What a unit leader writes for a new section: bokmål, nynorsk, or both (then linked as translations).</summary>
public sealed record SectionDraft(string? Title, string? Body, string? TitleNn, string? BodyNn)
{
    public bool HasBokmal => !string.IsNullOrWhiteSpace(Title);
    public bool HasNynorsk => !string.IsNullOrWhiteSpace(TitleNn);
}
