namespace Intranet.Newsletter.Services;

/// <summary>The parts of a digest, in the order they appear.</summary>
public enum DigestSection
{
    MustRead,
    Corner,
    News,
    Stories,
    Picked,
}

/// <summary>One linked article in a digest or newsletter; <see cref="Url"/> is relative to the site.</summary>
public sealed record DigestItem(DigestSection Section, int ArticleId, string Title, string Summary, string Url, DateTimeOffset? PublishedAt);
