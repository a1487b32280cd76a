using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Search;
using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Search.Indexing;

/// <summary>Loads articles with everything the document needs and asks the modules' contributors for extra fields.</summary>
public sealed class ArticleDocuments(IntranetDbContext db, ArticleDocumentBuilder builder, IEnumerable<IArticleIndexContributor> contributors)
{
    public IQueryable<Article> Loadable() =>
        db.Articles.AsNoTracking().AsSplitQuery()
            .Include(a => a.Values).Include(a => a.Tags).Include(a => a.ReaderUnits)
            .Include(a => a.Unit).ThenInclude(u => u!.Parent);

    public async Task<Document> BuildAsync(Article article, CancellationToken ct)
    {
        var extra = new List<ArticleIndexField>();
        foreach (var contributor in contributors) extra.AddRange(await contributor.FieldsForAsync(article, ct));
        return builder.Build(article, extra);
    }
}
