using Intranet.Core.Content;
using Intranet.Values.Pages.Values;
using Intranet.Values.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Values.Pages.Units;

/// <summary>/enheter/{slug}: a unit's page with the verdiroser it accepted and its newest stories.</summary>
[Authorize]
public sealed class UnitModel(UnitOverview overview, PraiseQueries praise, ReaderContextFactory readers,
    IAuthorizationService authorization) : PageModel
{
    public UnitOverview.Page Overview { get; private set; } = null!;
    public IReadOnlyList<PraiseCard> Praise { get; private set; } = [];
    public bool CanModerate { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var reader = await readers.ForAsync(User, ct);
        if (await overview.ForAsync(slug, reader, ct) is not { } page) return NotFound();
        Overview = page;
        Praise = await praise.ForUnitAsync(page.Unit.Id, ct);
        CanModerate = (await authorization.AuthorizeAsync(User, ValuesPermissions.ModeratePraise)).Succeeded;
        return Page();
    }

    public PraiseCardView View(PraiseCard card) => new(card, CanModerate, $"/enheter/{Overview.Unit.Slug}");
}
