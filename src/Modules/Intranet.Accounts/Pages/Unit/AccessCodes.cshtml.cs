using Intranet.Accounts.AccessCodes;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Accounts.Pages.Unit;

/// <summary>
/// /enhet/tilgangskoder: a unit leader adds people without an office account and gives them personal access
/// codes (shown once, as a printable card), and revokes codes that have not been used.
/// </summary>
[Authorize(Policy = AccessCodePermissions.Issue)]
public sealed class AccessCodesModel(AccessCodeScope scope, AccessCodeService codes, AccessCodeEligibility eligibility,
    UnitMemberCreation creation, IClock clock) : PageModel
{
    /// <summary>A member, their newest code, and why they cannot get one (null when they can).</summary>
    public sealed record MemberRow(IntranetUser Person, AccessCode? LatestCode, string? Refusal);

    [BindProperty(SupportsGet = true)] public string? Enhet { get; set; }
    [BindProperty(SupportsGet = true)] public bool Trukket { get; set; }
    [BindProperty] public string? NewDisplayName { get; set; }
    [BindProperty] public string? NewUserName { get; set; }

    public IReadOnlyList<Core.Models.Unit> Units { get; private set; } = [];
    public Core.Models.Unit? Current { get; private set; }
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public AccessCard? IssuedCard { get; private set; }
    /// <summary>Why the code just asked for was not made, e.g. the person has their own password.</summary>
    public string? Refusal { get; private set; }
    public string? RefusedName { get; private set; }
    public DateTimeOffset Now => clock.UtcNow;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostIssueAsync(string userId, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var member = Members.FirstOrDefault(m => m.Person.Id == userId)?.Person;
        if (member is null) return NotFound();
        try
        {
            await IssueAsync(member, ct);
        }
        catch (AccessCodeRefusedException refused)
        {
            (Refusal, RefusedName) = (refused.Message, member.DisplayName);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        try
        {
            var member = await creation.CreateAsync(Current!.Id, NewDisplayName, NewUserName);
            await IssueAsync(member, ct);
            NewDisplayName = NewUserName = null;
            ModelState.Clear();
        }
        catch (ValidationFailedException failure)
        {
            ModelState.AddErrors(failure);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int codeId, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var ok = await codes.RevokeAsync(codeId, Members.Select(m => m.Person.Id).ToList(), ct);
        if (!ok) return NotFound();
        return LocalRedirect($"/enhet/tilgangskoder?enhet={Uri.EscapeDataString(Current!.Slug)}&trukket=true");
    }

    private async Task IssueAsync(IntranetUser member, CancellationToken ct)
    {
        var (code, record) = await codes.IssueAsync(member.Id, User.UserId()!, ct);
        var origin = $"{Request.Scheme}://{Request.Host}";
        IssuedCard = new AccessCard(member.DisplayName, member.UserName!, code, record.ExpiresAt, AccessCard.LoginUrlFor(origin, member.UserName!));
        await LoadMembersAsync(ct);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Units = await scope.UnitsAsync(User, ct);
        Current = Enhet is null ? Units.FirstOrDefault() : Units.FirstOrDefault(u => u.Slug == Enhet);
        if (Current is null) return Enhet is null;
        await LoadMembersAsync(ct);
        return true;
    }

    private async Task LoadMembersAsync(CancellationToken ct)
    {
        var people = await scope.MembersAsync(Current!.Id, ct);
        var ids = people.Select(p => p.Id).ToList();
        var latest = await codes.LatestAsync(ids, ct);
        var refusals = await eligibility.RefusalsAsync(ids, ct);
        Members = people.Select(p => new MemberRow(p, latest.GetValueOrDefault(p.Id), refusals.GetValueOrDefault(p.Id))).ToList();
    }
}
