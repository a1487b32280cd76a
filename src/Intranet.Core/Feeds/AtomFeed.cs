namespace Intranet.Core.Feeds;

/// <summary>The feed-level facts of an Atom feed of articles. <see cref="SelfUrl"/> is left out when the feed's own
/// address holds a secret (a personal feed token).</summary>
public sealed record AtomFeed(string Id, string Title, string AlternateUrl, string AuthorName, string? SelfUrl = null);
