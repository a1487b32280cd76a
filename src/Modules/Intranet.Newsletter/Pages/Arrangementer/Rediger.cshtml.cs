using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Newsletter.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Newsletter.Pages.Arrangementer;

public sealed class RedigerModel(IntranetDbContext db, EventCatalog catalog, EventEditor editor) : EventFormModel
{
    public override string Heading => "Rediger arrangement";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Kind == ArticleKinds.Event, ct);
        if (article is null) return NotFound();
        (Title, Summary, Body) = (article.Title, article.Summary, article.BodyMarkdown);
        if (await catalog.DetailsAsync(id, ct) is { } d)
        {
            (StartsAt, EndsAt, Place, SignupOpen) = (OsloTime.ToInput(d.StartsAt), OsloTime.ToInput(d.EndsAt), d.Place, d.SignupOpen);
            Capacity = d.Capacity?.ToString() ?? "";
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        try
        {
            var article = await editor.UpdateAsync(id, ReadInput(), Actor.From(User), ct);
            return Redirect(article.Url);
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            return Page();
        }
    }
}
