using Intranet.Core.Content;
using Intranet.Core.Localization;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Intranet.Welcome.Models;
using Intranet.Welcome.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Welcome.Pages.Welcome;

/// <summary>
/// A unit leader runs their unit's part of the welcome pack and follows their own new hires' checklists.
/// Only leaders of the unit get in: others get 403, a unit they do not lead is 404.
/// </summary>
[Authorize]
public sealed class UnitModel(UnitLeadership leadership, UnitWelcomeOverview overview, UnitWelcomeEditor editor,
    PermissionRegistry permissions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "enhet")] public string? UnitSlug { get; set; }
    public IReadOnlyList<Unit> LedUnits { get; private set; } = [];
    public Unit CurrentUnit { get; private set; } = null!;
    public IReadOnlyList<NewHireOverview> NewHires { get; private set; } = [];
    public IReadOnlyList<PackSection> Sections { get; private set; } = [];
    public IReadOnlyList<ChecklistItem> Items { get; private set; } = [];
    public IReadOnlyList<IntranetUser> Colleagues { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    [TempData] public string? Message { get; set; }

    [BindProperty] public SectionForm Section { get; set; } = new();
    [BindProperty] public ItemForm Item { get; set; } = new();
    [BindProperty] public BuddyForm Buddy { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ResolveAsync(ct) ?? await ShowAsync(ct);

    public Task<IActionResult> OnPostSectionAsync(CancellationToken ct) => ChangeAsync(
        () => editor.AddSectionAsync(CurrentUnit.Id, new SectionDraft(Section.Title, Section.Body, Section.TitleNn, Section.BodyNn), Actor.From(User), ct),
        "Seksjonen er lagt til.", ct);

    public Task<IActionResult> OnPostRemoveSectionAsync(int id, CancellationToken ct) => ChangeAsync(
        () => editor.RemoveSectionAsync(CurrentUnit.Id, id, Actor.From(User), ct), "Seksjonen er fjernet.", ct);

    public Task<IActionResult> OnPostItemAsync(CancellationToken ct) => ChangeAsync(
        () => editor.AddChecklistItemAsync(CurrentUnit.Id, Item.Title, Item.TitleNn, Item.DueDay, ct), "Punktet er lagt til i sjekklisten.", ct);

    public Task<IActionResult> OnPostRemoveItemAsync(int id, CancellationToken ct) => ChangeAsync(
        () => editor.RemoveChecklistItemAsync(CurrentUnit.Id, id, ct), "Punktet er fjernet fra sjekklisten.", ct);

    public Task<IActionResult> OnPostBuddyAsync(CancellationToken ct) => ChangeAsync(
        () => editor.AssignBuddyAsync(CurrentUnit.Id, Buddy.NewHireId ?? "", string.IsNullOrEmpty(Buddy.BuddyId) ? null : Buddy.BuddyId, ct),
        "Fadderen er lagret.", ct);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string message, CancellationToken ct)
    {
        if (await ResolveAsync(ct) is { } refused) return refused;
        try { await change(); }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            return await ShowAsync(ct);
        }
        Message = message;
        return Redirect($"/velkommen/enhet?enhet={CurrentUnit.Slug}");
    }

    private Task<IActionResult> ChangeAsync(Func<Task<bool>> change, string message, CancellationToken ct) =>
        ChangeAsync(async () =>
        {
            if (!await change()) throw ValidationFailedException.For("id", "Finner ikke det du ville fjerne.");
        }, message, ct);

    /// <summary>Null when the user leads the requested unit (or, without a choice, their first unit).</summary>
    private async Task<IActionResult?> ResolveAsync(CancellationToken ct)
    {
        LedUnits = await leadership.LedByAsync(User.UserId() ?? "", ct);
        if (LedUnits.Count == 0) return StatusCode(403);
        var unit = UnitSlug is null ? LedUnits[0] : LedUnits.FirstOrDefault(u => u.Slug == UnitSlug);
        if (unit is null) return NotFound();
        CurrentUnit = unit;
        return null;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var id = CurrentUnit.Id;
        NewHires = await overview.NewHiresAsync(id, ct);
        Sections = await overview.SectionsAsync(id, ReaderContext.From(User, permissions, [id]), Cultures.Current, ct);
        Items = await overview.ItemsAsync(id, ct);
        Colleagues = await overview.ColleaguesAsync(id, ct);
        return Page();
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    public sealed class SectionForm
    {
        public string? Title { get; set; }
        public string? Body { get; set; }
        public string? TitleNn { get; set; }
        public string? BodyNn { get; set; }
    }

    public sealed class ItemForm
    {
        public string? Title { get; set; }
        public string? TitleNn { get; set; }
        public int? DueDay { get; set; }
    }

    public sealed class BuddyForm
    {
        public string? NewHireId { get; set; }
        public string? BuddyId { get; set; }
    }
}
