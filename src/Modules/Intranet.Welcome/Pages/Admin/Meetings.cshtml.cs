using Intranet.Core.Content;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Intranet.Welcome.Models;
using Intranet.Welcome.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Welcome.Pages.Admin;

/// <summary>/admin/velkomstmoter: communications set up welcome meetings for new employees and see sign-ups.</summary>
[Authorize(Policy = Permissions.ManageContent)]
public sealed class MeetingsModel(MeetingPlanner planner) : PageModel
{
    public IReadOnlyList<NewcomerMeeting> Upcoming { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    [TempData] public string? Message { get; set; }

    [BindProperty] public MeetingDraft Meeting { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Upcoming = await planner.UpcomingAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try { await planner.AddAsync(Meeting, Actor.From(User), ct); }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            Upcoming = await planner.UpcomingAsync(ct);
            return Page();
        }
        Message = "Velkomstmøtet er lagt til.";
        return Redirect("/admin/velkomstmoter");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        Message = await planner.DeleteAsync(id, Actor.From(User), ct) ? "Velkomstmøtet er avlyst og slettet." : "Møtet finnes ikke lenger.";
        return Redirect("/admin/velkomstmoter");
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
}
