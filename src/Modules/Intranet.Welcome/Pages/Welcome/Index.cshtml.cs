using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Localization;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Welcome.Models;
using Intranet.Welcome.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Welcome.Pages.Welcome;

/// <summary>"Velkommen, navn": the combined pack, the checklist, the buddy and the next welcome meetings.</summary>
[Authorize]
public sealed class IndexModel(IntranetDbContext db, PermissionRegistry permissions, NewHires newHires, WelcomePack pack,
    Checklists checklists, Buddies buddies, NewcomerMeetings meetings) : PageModel
{
    public IntranetUser Me { get; private set; } = null!;
    public bool IsNewHire { get; private set; }
    public IReadOnlyList<PackSection> Common { get; private set; } = [];
    public IReadOnlyList<PackSection> UnitSections { get; private set; } = [];
    public IReadOnlyList<ChecklistEntry> Checklist { get; private set; } = [];
    public ChecklistProgress Progress { get; private set; } = new(0, 0);
    public IntranetUser? Buddy { get; private set; }
    public IReadOnlyList<NewcomerMeeting> Meetings { get; private set; } = [];
    public IReadOnlySet<int> MySignups { get; private set; } = new HashSet<int>();
    [TempData] public string? Message { get; set; }

    [BindProperty] public List<int> Ticked { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        return Page();
    }

    public async Task<IActionResult> OnPostChecklistAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Challenge();
        if (!IsNewHire || Me.UnitId is not int unit) return StatusCode(403);
        await checklists.SaveTicksAsync(Me.Id, unit, Ticked, ct);
        Message = "Sjekklisten er lagret.";
        return Redirect("/velkommen#sjekkliste");
    }

    public async Task<IActionResult> OnPostSignUpAsync(int meetingId, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        Message = await meetings.SignUpAsync(meetingId, userId, ct) switch
        {
            SignupResult.SignedUp => "Du er påmeldt velkomstmøtet.",
            SignupResult.AlreadySignedUp => "Du var allerede påmeldt.",
            SignupResult.Full => "Møtet er fullt. Velg et annet møte.",
            _ => "Møtet finnes ikke lenger.",
        };
        return Redirect("/velkommen#moter");
    }

    public async Task<IActionResult> OnPostCancelAsync(int meetingId, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        Message = await meetings.CancelAsync(meetingId, userId, ct) ? "Du er meldt av møtet." : "Du var ikke påmeldt.";
        return Redirect("/velkommen#moter");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var me = await db.Users.AsNoTracking().Include(u => u.Unit).FirstOrDefaultAsync(u => u.Id == User.UserId(), ct);
        if (me is null) return false;
        Me = me;
        IsNewHire = await newHires.IsNewHireAsync(me.Id, ct);
        var reader = ReaderContext.From(User, permissions);
        var language = Cultures.Current;
        Common = await pack.CommonAsync(reader, language, ct);
        if (me.UnitId is int unit) UnitSections = await pack.ForUnitAsync(unit, reader, language, ct);
        if (IsNewHire) await LoadNewHirePartsAsync(me, ct);
        return true;
    }

    private async Task LoadNewHirePartsAsync(IntranetUser me, CancellationToken ct)
    {
        if (me.UnitId is int unit) Checklist = await checklists.ForUserAsync(me.Id, unit, me.StartDate, ct);
        Progress = new ChecklistProgress(Checklist.Count(c => c.Done), Checklist.Count);
        Buddy = await buddies.BuddyOfAsync(me.Id, ct);
        Meetings = await meetings.UpcomingAsync(3, ct);
        MySignups = await meetings.SignedUpForAsync(me.Id, ct);
    }
}
