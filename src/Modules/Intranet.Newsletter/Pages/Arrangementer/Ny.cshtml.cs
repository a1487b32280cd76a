using Intranet.Core.Content;
using Intranet.Core.Validation;
using Intranet.Newsletter.Events;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.Newsletter.Pages.Arrangementer;

public sealed class NyModel(EventEditor editor) : EventFormModel
{
    public override string Heading => "Nytt arrangement";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var article = await editor.CreateAsync(ReadInput(), Actor.From(User), ct);
            return Redirect(article.Url);
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            return Page();
        }
    }
}
