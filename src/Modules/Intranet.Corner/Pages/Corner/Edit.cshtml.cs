using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.Corner.Models;
using Intranet.Corner.Services;
using Intranet.Corner.Services.Attachments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Corner.Pages.Corner;

/// <summary>/hjornet/{slug}/rediger: a new version of a post (every earlier version is kept), more PDFs for a note, or one removed.</summary>
[Authorize]
public sealed class EditModel(IntranetDbContext db, CornerAuthors authors, CornerPublisher publisher, PdfAdmission pdfs,
    CornerAttachments attachments) : CornerFormPage
{
    public string PostUrl { get; private set; } = "/hjornet";

    /// <summary>The file name of the attachment just removed, for the confirmation after the redirect.</summary>
    [TempData] public string? Removed { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (!await authors.MayWriteAsync(User, ct)) return Forbid();
        var article = await FindAsync(slug, ct);
        if (article is null) return NotFound();
        var post = await db.Set<CornerPost>().AsNoTracking().FirstOrDefaultAsync(p => p.ArticleId == article.Id, ct);
        (Title, Summary, Body, Language) = (article.Title, article.Summary, article.BodyMarkdown, article.Language);
        Type = CornerPostInput.TypeName(post?.Type ?? CornerPostType.Post);
        ExistingAttachments = await attachments.ForArticleAsync(article.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (!await authors.MayWriteAsync(User, ct)) return Forbid();
        var article = await FindAsync(slug, ct);
        if (article is null) return NotFound();
        try
        {
            var files = await pdfs.AdmitAsync(Attachments, ct);
            var saved = await publisher.UpdateAsync(User, article.Id, Input(), files, ct);
            return Redirect(saved.Url);
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            ExistingAttachments = await attachments.ForArticleAsync(article.Id, ct);
            return Page();
        }
    }

    /// <summary>"Fjern vedlegg": takes one PDF off the post (audited) and deletes its bytes; the editor shows it is gone.</summary>
    public async Task<IActionResult> OnPostRemoveAttachmentAsync(string slug, Guid attachmentId, CancellationToken ct)
    {
        if (!await authors.MayWriteAsync(User, ct)) return Forbid();
        var article = await FindAsync(slug, ct);
        if (article is null) return NotFound();
        // Not (or no longer) on this post, e.g. a second click: nothing to do, back to the editor as after a removal.
        var removed = await attachments.RemoveAsync(article.Id, attachmentId, Actor.From(User), ct);
        if (removed is not null) Removed = removed.FileName;
        return Redirect($"/hjornet/{article.Slug}/rediger");
    }

    private async Task<Article?> FindAsync(string slug, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Kind == ArticleKinds.Corner && a.Slug == slug, ct);
        if (article is not null) PostUrl = article.Url;
        return article;
    }
}
