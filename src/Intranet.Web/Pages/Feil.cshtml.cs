using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Web.Pages;

/// <summary>
/// The Norwegian error page. Status codes are re-executed here and exceptions redirected to /feil/500;
/// it shows what the reader can do next and never any technical detail.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class FeilModel : PageModel
{
    public int Code { get; private set; }
    public string? OriginalPath { get; private set; }

    public IActionResult OnGet([FromRoute] int? code) => Show(code);

    /// <summary>
    /// Re-executed POSTs (e.g. a 404 on a form post) land here too, with the failed form's body: the code comes
    /// from the route only, or a form field named "Code" (the access-code sign-in) would turn a 429 into a 404.
    /// </summary>
    public IActionResult OnPost([FromRoute] int? code) => Show(code);

    private IActionResult Show(int? code)
    {
        // Anything else is a made-up address (/feil, /feil/1): not an error of ours.
        Code = code is >= 400 and <= 599 ? code.Value : 404;
        OriginalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        Response.StatusCode = Code;
        return Page();
    }

    public (string Title, string Text) Message => Code switch
    {
        404 => ("Siden finnes ikke", "Vi finner ikke siden du ba om. Den kan være flyttet eller slettet, eller du har ikke tilgang til den."),
        403 => ("Du har ikke tilgang", "Du er logget inn, men har ikke tilgang til denne siden. Kontakt lederen din eller IT hvis du mener du skal ha tilgang."),
        401 => ("Du må logge inn", "Denne siden er bare for ansatte. Logg inn for å se den."),
        500 => ("Noe gikk galt", "Det oppstod en feil hos oss. Prøv igjen om litt. Hvis feilen ikke går over, kontakt IT-brukerstøtte."),
        _ => ("Forespørselen kunne ikke behandles", "Noe var galt med forespørselen. Gå tilbake og prøv igjen."),
    };
}
