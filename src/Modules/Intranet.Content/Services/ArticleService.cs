using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Markdown;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Services;

/// <summary>
/// Creates and changes articles. Each call is one transaction holding the article, its previous version
/// (when it was published), an audit entry and a change-log row.
/// </summary>
internal sealed class ArticleService(
    IntranetDbContext db,
    IMarkdownRenderer markdown,
    IAuditLog audit,
    ChangeLogWriter changeLog,
    ArticleInputValidator validator,
    IClock clock,
    IEnumerable<IArticleDeletionHandler> deletionHandlers) : IArticleService
{
    public Task<Article> CreateAsync(ArticleInput input, Actor actor, ArticleStatus status = ArticleStatus.Draft, CancellationToken ct = default) =>
        InTransaction(async () =>
        {
            await validator.ValidateAsync(input, ct);
            var now = clock.UtcNow;
            var article = new Article
            {
                Kind = input.Kind,
                Slug = await UniqueSlugAsync(input.Slug ?? input.Title, null, ct),
                AuthorId = input.AuthorId ?? actor.UserId,
                AuthorName = input.AuthorName ?? actor.Byline,
                CreatedAt = now,
            };
            Apply(article, input);
            db.Articles.Add(article);
            if (status == ArticleStatus.Published) MarkPublished(article, input.PublishAt);
            article.Status = status;
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "create", "article", article.Id.ToString(), $"{article.Kind} «{article.Title}» ({status})");
            changeLog.Record(article, ChangeType.Upsert);
            await db.SaveChangesAsync(ct);
            return article;
        }, ct);

    public Task<Article> UpdateAsync(int id, ArticleInput input, Actor actor, CancellationToken ct = default) =>
        InTransaction(async () =>
        {
            var article = await LoadAsync(id, ct);
            await validator.ValidateAsync(input with { Kind = article.Kind }, ct);
            KeepVersionIfPublished(article, actor);
            Apply(article, input with { Kind = article.Kind });
            if (input.Slug is { Length: > 0 } slug && Slugs.From(slug) != article.Slug)
                article.Slug = await UniqueSlugAsync(slug, article.Id, ct);
            article.Version++;
            audit.Record(actor, "edit", "article", article.Id.ToString(), $"«{article.Title}», versjon {article.Version}");
            changeLog.Record(article, ChangeType.Upsert);
            await db.SaveChangesAsync(ct);
            return article;
        }, ct);

    public Task<Article> SetStatusAsync(int id, ArticleStatus status, Actor actor, string? comment = null, DateTimeOffset? publishAt = null, CancellationToken ct = default) =>
        InTransaction(async () =>
        {
            var article = await LoadAsync(id, ct);
            var from = article.Status;
            if (status == ArticleStatus.Published) MarkPublished(article, publishAt);
            article.Status = status;
            article.UpdatedAt = clock.UtcNow;
            article.Version++;
            audit.Record(actor, "status", "article", article.Id.ToString(), $"{from} → {status}" + (string.IsNullOrWhiteSpace(comment) ? "" : $": {comment}"));
            changeLog.Record(article, ChangeType.Upsert);
            await db.SaveChangesAsync(ct);
            return article;
        }, ct);

    public Task<Article> RestoreVersionAsync(int id, int versionNumber, Actor actor, CancellationToken ct = default) =>
        InTransaction(async () =>
        {
            var article = await LoadAsync(id, ct);
            var version = await db.ArticleVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ArticleId == id && v.VersionNumber == versionNumber, ct)
                          ?? throw ValidationFailedException.For("version", $"Versjon {versionNumber} finnes ikke.");
            KeepVersionIfPublished(article, actor);
            article.Title = version.Title;
            article.Summary = version.Summary;
            article.BodyMarkdown = version.BodyMarkdown;
            article.BodyHtml = version.BodyHtml;
            article.UpdatedAt = clock.UtcNow;
            article.Version++;
            audit.Record(actor, "restore", "article", article.Id.ToString(), $"gjenopprettet versjon {versionNumber}");
            changeLog.Record(article, ChangeType.Upsert);
            await db.SaveChangesAsync(ct);
            return article;
        }, ct);

    public Task DeleteAsync(int id, Actor actor, CancellationToken ct = default) =>
        InTransaction(async () =>
        {
            var article = await LoadAsync(id, ct);
            foreach (var handler in deletionHandlers) await handler.OnArticleDeletingAsync(article, actor, ct);
            db.Articles.Remove(article);
            audit.Record(actor, "delete", "article", article.Id.ToString(), $"«{article.Title}»");
            changeLog.Record(article, ChangeType.Delete);
            await db.SaveChangesAsync(ct);
            return article;
        }, ct);

    public Task<Article> SetAuthorAsync(int id, string? authorId, string authorName, Actor actor, CancellationToken ct = default) =>
        InTransaction(async () =>
        {
            var article = await LoadAsync(id, ct);
            article.AuthorId = authorId;
            article.AuthorName = authorName;
            article.UpdatedAt = clock.UtcNow;
            audit.Record(actor, "author", "article", article.Id.ToString(), $"forfatter satt til «{authorName}»");
            changeLog.Record(article, ChangeType.Upsert);
            await db.SaveChangesAsync(ct);
            return article;
        }, ct);

    private void Apply(Article article, ArticleInput input)
    {
        article.Title = input.Title.Trim();
        article.BodyMarkdown = input.BodyMarkdown;
        article.BodyHtml = markdown.ToSafeHtml(input.BodyMarkdown);
        article.Summary = string.IsNullOrWhiteSpace(input.Summary) ? Summaries.From(markdown.ToPlainText(input.BodyMarkdown)) : input.Summary.Trim();
        article.Language = input.Language == "nn" ? "nn" : "nb";
        article.UnitId = input.UnitId;
        article.Audience = input.Audience;
        article.PublishAt = input.PublishAt?.ToUniversalTime();
        article.UnpublishAt = input.UnpublishAt?.ToUniversalTime();
        article.UpdatedAt = clock.UtcNow;
        SyncValues(article, input.Values);
        SyncTags(article, input.Tags);
    }

    private static void SyncValues(Article article, IReadOnlyList<string> values)
    {
        var wanted = values.Distinct(StringComparer.Ordinal).ToList();
        article.Values.RemoveAll(v => !wanted.Contains(v.ValueSlug));
        foreach (var slug in wanted.Where(s => article.Values.All(v => v.ValueSlug != s)))
            article.Values.Add(new ArticleValue { ValueSlug = slug });
    }

    private static void SyncTags(Article article, IReadOnlyList<string> tags)
    {
        var wanted = tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();
        article.Tags.RemoveAll(t => !wanted.Contains(t.Tag));
        foreach (var tag in wanted.Where(s => article.Tags.All(t => t.Tag != s)))
            article.Tags.Add(new ArticleTag { Tag = tag });
    }

    private void MarkPublished(Article article, DateTimeOffset? publishAt)
    {
        if (publishAt is not null) article.PublishAt = publishAt.Value.ToUniversalTime();
        article.PublishedAt = article.PublishAt ?? (article.Status == ArticleStatus.Published ? article.PublishedAt : null) ?? clock.UtcNow;
    }

    private void KeepVersionIfPublished(Article article, Actor actor)
    {
        if (article.Status != ArticleStatus.Published) return;
        db.ArticleVersions.Add(new ArticleVersion
        {
            ArticleId = article.Id,
            VersionNumber = article.Version,
            Title = article.Title,
            Summary = article.Summary,
            BodyMarkdown = article.BodyMarkdown,
            BodyHtml = article.BodyHtml,
            CreatedAt = clock.UtcNow,
            CreatedBy = actor.UserName,
        });
    }

    private async Task<Article> LoadAsync(int id, CancellationToken ct) =>
        await db.Articles.Include(a => a.Values).Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw new ArticleNotFoundException(id);

    private async Task<string> UniqueSlugAsync(string text, int? exceptId, CancellationToken ct)
    {
        var baseSlug = Slugs.From(text);
        var taken = await db.Articles.Where(a => a.Id != exceptId && (a.Slug == baseSlug || a.Slug.StartsWith(baseSlug + "-")))
            .Select(a => a.Slug).ToListAsync(ct);
        taken.AddRange(db.Articles.Local.Where(a => a.Id != exceptId).Select(a => a.Slug));
        if (!taken.Contains(baseSlug)) return baseSlug;
        for (var i = 2; ; i++)
            if (!taken.Contains($"{baseSlug}-{i}")) return $"{baseSlug}-{i}";
    }

    private async Task<T> InTransaction<T>(Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) return await work();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await tx.CommitAsync(ct);
        return result;
    }
}
