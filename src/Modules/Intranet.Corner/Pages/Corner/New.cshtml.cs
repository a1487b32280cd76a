using Intranet.Core.Validation;
using Intranet.Corner.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Corner.Pages.Corner;

/// <summary>/hjornet/ny: the chief executive or a delegate writes a post.</summary>
[Authorize]
public sealed class NewModel(CornerAuthors authors, CornerPublisher publisher) : PageModel
{
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string Summary { get; set; } = "";
    [BindProperty] public string Body { get; set; } = "";
    [BindProperty] public string Language { get; set; } = "nb";
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await authors.MayWriteAsync(User, ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await authors.MayWriteAsync(User, ct)) return Forbid();
        try
        {
            var article = await publisher.PublishAsync(User, Title ?? "", Body ?? "", Summary ?? "", Language, ct);
            return Redirect(article.Url);
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            return Page();
        }
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
