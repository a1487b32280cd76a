using Intranet.Core.Models;
using Intranet.News.Models;

namespace Intranet.News.Services;

/// <summary>A news item as lists show it: the article, its news part (null for imported news) and the reader's view of it.</summary>
public sealed record NewsListItem(Article Article, NewsItem? News, bool TargetedToReader, bool Confirmed = false, bool Reminded = false)
{
    public string Category => NewsCategories.Name(News?.Category);
    public bool MustRead => News?.MustRead == true;
    public bool Pinned => News?.Pinned == true;
}
