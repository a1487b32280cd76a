using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Corner.Models;
using Intranet.Corner.Services;
using Intranet.Corner.Services.Attachments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Corner.Pages.Corner;

/// <summary>/hjornet/{slug}: one corner post, its PDF attachments, and edit/export links for those allowed.</summary>
[Authorize]
public sealed class PostModel(CornerReader corner, ReaderContextFactory readers, CornerAttachments attachments, CornerAuthors authors) : PageModel
{
    public Article Article { get; private set; } = null!;
    public CornerPost? Post { get; private set; }
    public bool OnBehalf => Post?.OnBehalf == true;
    public List<CornerAttachment> Attachments { get; private set; } = [];
    public string Label { get; private set; } = CornerReader.DefaultLabel;
    public bool CanEdit { get; private set; }
    public bool CanExport { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var article = await corner.BySlugAsync(await readers.ForAsync(User, ct), slug, ct);
        if (article is null) return NotFound();
        Article = article;
        Post = await corner.PostAsync(article.Id, ct);
        Attachments = await attachments.ForArticleAsync(article.Id, ct);
        Label = await corner.LabelAsync(ct);
        CanEdit = await authors.MayWriteAsync(User, ct);
        CanExport = authors.MayExport(User);
        return Page();
    }
}
