using Intranet.Core.Models;

namespace Intranet.Content.Components;

/// <summary>What a home-page card list shows: a heading, the articles, and a link to all of them.</summary>
public sealed record ArticleSectionModel(string Id, string Heading, IReadOnlyList<Article> Articles, string MoreUrl, string MoreText);
