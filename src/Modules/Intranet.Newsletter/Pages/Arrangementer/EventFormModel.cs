using Intranet.Core.Time;
using Intranet.Newsletter.Events;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Newsletter.Pages.Arrangementer;

/// <summary>The fields of the event form (new and edit). Times are typed in Norwegian local time.</summary>
[Authorize(Policy = NewsletterPermissions.ManageEvents)]
public abstract class EventFormModel : PageModel
{
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string Summary { get; set; } = "";
    [BindProperty] public string Body { get; set; } = "";
    [BindProperty] public string StartsAt { get; set; } = "";
    [BindProperty] public string EndsAt { get; set; } = "";
    [BindProperty] public string Place { get; set; } = "";
    [BindProperty] public string Capacity { get; set; } = "";
    [BindProperty] public bool SignupOpen { get; set; } = true;

    public IReadOnlyDictionary<string, string[]> Errors { get; protected set; } = new Dictionary<string, string[]>();

    public abstract string Heading { get; }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? m.FirstOrDefault() : null;

    /// <summary>Reads the form; a capacity that is not a number becomes an error of its own, never a 500.</summary>
    protected EventInput ReadInput()
    {
        int? capacity = null;
        if (!string.IsNullOrWhiteSpace(Capacity))
            capacity = int.TryParse(Capacity.Trim(), out var c) ? c : -1;
        return new EventInput
        {
            Title = Title ?? "", Summary = Summary ?? "", Body = Body ?? "", Place = Place ?? "",
            StartsAt = OsloTime.FromInput(StartsAt), EndsAt = OsloTime.FromInput(EndsAt), Capacity = capacity, SignupOpen = SignupOpen,
        };
    }
}
