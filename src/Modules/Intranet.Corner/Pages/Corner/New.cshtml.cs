using Intranet.Core.Validation;
using Intranet.Corner.Services;
using Intranet.Corner.Services.Attachments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Corner.Pages.Corner;

/// <summary>/hjornet/ny: the chief executive or a delegate writes a post or a note to the council (with PDFs).</summary>
[Authorize]
public sealed class NewModel(CornerAuthors authors, CornerPublisher publisher, PdfAdmission pdfs) : CornerFormPage
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await authors.MayWriteAsync(User, ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await authors.MayWriteAsync(User, ct)) return Forbid();
        try
        {
            var files = await pdfs.AdmitAsync(Attachments, ct);
            var article = await publisher.PublishAsync(User, Input(), files, ct);
            return Redirect(article.Url);
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            return Page();
        }
    }
}
