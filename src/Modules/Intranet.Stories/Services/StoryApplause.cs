using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Stories.Models;

namespace Intranet.Stories.Services;

/// <summary>The stories' applause for other modules (values order by it): article ids only, never who applauded.</summary>
public sealed class StoryApplause(IntranetDbContext db) : IArticleApplause
{
    public IQueryable<int> ApplaudedArticleIds() => db.Set<StoryReaction>().Select(r => r.ArticleId);
}
