using System.Globalization;

namespace Intranet.Newsletter.Services;

/// <summary>
/// Renders a mail in the recipient's language: the localizer follows the current UI culture, so it is switched
/// for the duration of the rendering and put back afterwards (the job runs outside any request).
/// </summary>
public static class MailLanguage
{
    public static T In<T>(string culture, Func<T> render)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        var wanted = CultureInfo.GetCultureInfo(culture == "nn" ? "nn-NO" : "nb-NO");
        CultureInfo.CurrentUICulture = wanted;
        CultureInfo.CurrentCulture = wanted;
        try { return render(); }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = current;
        }
    }
}
