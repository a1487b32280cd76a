using System.Security.Claims;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.Corner.Models;
using Intranet.Corner.Services.Attachments;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Corner.Services;

/// <summary>
/// Publishes and edits corner posts through IArticleService (which keeps every published version), noting
/// the post type and when a delegate wrote on the chief executive's behalf, and stores PDF attachments.
/// </summary>
public sealed class CornerPublisher(IntranetDbContext db, IArticleService articles, CornerAuthors authors, CornerAttachments attachments)
{
    public async Task<Article> PublishAsync(ClaimsPrincipal user, CornerPostInput post, IReadOnlyList<AdmittedPdf>? files = null, CancellationToken ct = default)
    {
        RequireNoteForAttachments(post.Type, files);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var article = await articles.CreateAsync(ToArticleInput(post), Actor.From(user), ArticleStatus.Published, ct);
        db.Add(new CornerPost { ArticleId = article.Id, OnBehalf = !authors.IsChiefExecutive(user), Type = post.Type });
        await db.SaveChangesAsync(ct);
        if (files is { Count: > 0 }) await attachments.AddAsync(article.Id, files, Actor.From(user), ct);
        await tx.CommitAsync(ct);
        return article;
    }

    /// <summary>A new version of the post (the previous one is kept), plus any new attachments.</summary>
    public async Task<Article> UpdateAsync(ClaimsPrincipal user, int articleId, CornerPostInput post, IReadOnlyList<AdmittedPdf>? files = null, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var row = await db.Set<CornerPost>().FirstOrDefaultAsync(p => p.ArticleId == articleId, ct);
        var hasAttachments = await db.Set<CornerAttachment>().AnyAsync(a => a.ArticleId == articleId, ct);
        if (hasAttachments && post.Type != CornerPostType.CouncilNote)
            throw ValidationFailedException.For("type", "Et notat med vedlegg kan ikke gjøres om til et vanlig innlegg.");
        RequireNoteForAttachments(post.Type, files);
        var article = await articles.UpdateAsync(articleId, ToArticleInput(post), Actor.From(user), ct);
        if (row is null) db.Add(new CornerPost { ArticleId = articleId, Type = post.Type });
        else row.Type = post.Type;
        await db.SaveChangesAsync(ct);
        if (files is { Count: > 0 }) await attachments.AddAsync(articleId, files, Actor.From(user), ct);
        await tx.CommitAsync(ct);
        return article;
    }

    private static ArticleInput ToArticleInput(CornerPostInput post) => new()
    {
        Kind = ArticleKinds.Corner, Title = post.Title, BodyMarkdown = post.Body, Summary = post.Summary,
        Language = post.Language == "nn" ? "nn" : "nb", Audience = Audience.Internal,
    };

    private static void RequireNoteForAttachments(CornerPostType type, IReadOnlyList<AdmittedPdf>? files)
    {
        if (files is { Count: > 0 } && type != CornerPostType.CouncilNote)
            throw ValidationFailedException.For(PdfAdmission.Field, "Vedlegg kan bare legges ved notater til formannskap og kommunestyre. Velg den typen.");
    }
}
