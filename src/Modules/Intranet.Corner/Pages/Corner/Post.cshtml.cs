using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Corner.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Corner.Pages.Corner;

/// <summary>/hjornet/{slug}: one corner post.</summary>
[Authorize]
public sealed class PostModel(CornerReader corner, ReaderContextFactory readers) : PageModel
{
    public Article Article { get; private set; } = null!;
    public bool OnBehalf { get; private set; }
    public string Label { get; private set; } = CornerReader.DefaultLabel;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var article = await corner.BySlugAsync(await readers.ForAsync(User, ct), slug, ct);
        if (article is null) return NotFound();
        Article = article;
        OnBehalf = await corner.OnBehalfAsync(article.Id, ct);
        Label = await corner.LabelAsync(ct);
        return Page();
    }
}
