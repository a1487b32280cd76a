using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Validation;
using Intranet.News.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Intranet.News.Pages.News;

[Authorize(Policy = NewsPermissions.Manage)]
public sealed class NewModel(IntranetDbContext db, NewsEditor editor) : NewsFormModel(db)
{
    public override string Heading => "Skriv nyhet";

    public Task OnGetAsync(CancellationToken ct) => LoadChoicesAsync(ct);

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
            await LoadChoicesAsync(ct);
            return Page();
        }
    }
}
