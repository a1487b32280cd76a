using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Search;
using Lucene.Net.Documents;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Search.Indexing;

/// <summary>Loads articles with everything the document needs and asks the modules' contributors for extra fields.</summary>
public sealed class ArticleDocuments(IntranetDbContext db, ArticleDocumentBuilder builder, IEnumerable<IArticleIndexContributor> contributors)
{
    private readonly IArticleIndexContributor[] _contributors = [.. contributors];

    /// <summary>
    /// Untracked articles in one SQL statement per collection (values, tags, reader units), with exactly the
    /// columns the document needs: the Markdown only comes along when there is no rendered HTML to index from.
    /// </summary>
    public IQueryable<Article> Loadable() =>
        db.Articles.AsNoTracking().AsSplitQuery().Select(a => new Article
        {
            Id = a.Id, Kind = a.Kind, Slug = a.Slug, Title = a.Title, Summary = a.Summary, Language = a.Language,
            BodyHtml = a.BodyHtml, BodyMarkdown = a.BodyHtml == "" ? a.BodyMarkdown : "",
            AuthorId = a.AuthorId, AuthorName = a.AuthorName, UnitId = a.UnitId,
            Unit = a.Unit == null ? null : new Unit
            {
                Id = a.Unit.Id, Slug = a.Unit.Slug, ParentId = a.Unit.ParentId,
                Parent = a.Unit.Parent == null ? null : new Unit { Id = a.Unit.Parent.Id, Slug = a.Unit.Parent.Slug, ParentId = a.Unit.Parent.ParentId },
            },
            Audience = a.Audience, Status = a.Status, PublishAt = a.PublishAt, UnpublishAt = a.UnpublishAt,
            PublishedAt = a.PublishedAt, CreatedAt = a.CreatedAt, UpdatedAt = a.UpdatedAt, Version = a.Version,
            Values = a.Values.ToList(), Tags = a.Tags.ToList(), ReaderUnits = a.ReaderUnits.ToList(),
        });

    public bool HasContributors => _contributors.Length > 0;

    public async Task<IReadOnlyList<ArticleIndexField>> ExtraFieldsAsync(Article article, CancellationToken ct)
    {
        if (_contributors.Length == 0) return [];
        var extra = new List<ArticleIndexField>();
        foreach (var contributor in _contributors) extra.AddRange(await contributor.FieldsForAsync(article, ct));
        return extra;
    }

    /// <summary>Thread-safe: the rebuild builds documents in parallel.</summary>
    public Document Build(Article article, IReadOnlyList<ArticleIndexField> extra) => builder.Build(article, extra);

    public async Task<Document> BuildAsync(Article article, CancellationToken ct) => Build(article, await ExtraFieldsAsync(article, ct));
}
