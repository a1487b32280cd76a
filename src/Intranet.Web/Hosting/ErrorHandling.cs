using Intranet.Core.Validation;
using Microsoft.AspNetCore.Diagnostics;

namespace Intranet.Web.Hosting;

/// <summary>
/// Norwegian error pages for people, problem+json for the API, and never a stack trace outside Development.
/// A validation failure that escapes a handler is still the user's input, so it is a 400, not a 500.
/// </summary>
internal static class ErrorHandling
{
    public static void Use(WebApplication app)
    {
        if (app.Environment.IsDevelopment() && !app.Configuration.GetValue<bool>("Intranet:FriendlyErrorsInDevelopment"))
            app.UseDeveloperExceptionPage();
        else
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleAsync, AllowStatusCode404Response = true });
        app.UseWhen(c => !IsApi(c.Request.Path), branch => branch.UseStatusCodePagesWithReExecute("/feil/{0}"));
        app.UseWhen(c => IsApi(c.Request.Path), branch => branch.UseStatusCodePages(WriteApiStatusAsync));
    }

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");

    private static async Task HandleAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, title) = error switch
        {
            ValidationFailedException => (400, "Ugyldig innhold"),
            BadHttpRequestException b => (b.StatusCode, "Ugyldig forespørsel"),
            _ => (500, "Noe gikk galt"),
        };
        if (IsApi(context.Request.Path) || status != 500)
        {
            await Problems.Write(context, status, title, status == 500 ? "En uventet feil oppstod. Prøv igjen senere." : error?.Message ?? title);
            return;
        }
        context.Response.Redirect("/feil/500");
    }

    private static async Task WriteApiStatusAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var (title, detail) = http.Response.StatusCode switch
        {
            401 => ("Ikke innlogget", "Du må logge inn eller sende et gyldig token."),
            403 => ("Ingen tilgang", "Du har ikke tilgang til dette."),
            404 => ("Finnes ikke", "Det du ba om, finnes ikke eller er ikke tilgjengelig for deg."),
            405 => ("Metoden er ikke tillatt", "Denne adressen tar ikke imot denne metoden."),
            413 => ("For stor", "Forespørselen er for stor."),
            415 => ("Ukjent format", "Formatet støttes ikke."),
            _ => ("Feil", "Forespørselen kunne ikke behandles."),
        };
        await Problems.Write(http, http.Response.StatusCode, title, detail);
    }
}
