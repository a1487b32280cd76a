using Intranet.Core.Content;
using Intranet.Core.Security;
using Intranet.Values.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Values.Pages.Values.Roser;

/// <summary>
/// /verdier/roser/mine: the verdiroser the user received (and their teams', for leaders), to accept for the unit's
/// page or decline, and the ones they gave, to withdraw. Moderators' "Skjul" posts here too.
/// </summary>
[Authorize]
public sealed class MineModel(PraiseQueries queries, PraiseActions actions, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<PraiseCard> Received { get; private set; } = [];
    public IReadOnlyList<PraiseCard> Sent { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.UserId()!;
        Received = await queries.ReceivedAsync(userId, ct);
        Sent = await queries.SentAsync(userId, ct);
    }

    public Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken ct) =>
        Done(actions.AcceptAsync(id, User.UserId()!, ct), "Verdirosen vises nå på enhetens side.", $"#rose-{id}");

    public Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken ct) =>
        Done(actions.DeclineAsync(id, User.UserId()!, ct), "Verdirosen er avslått og vises ikke lenger.", $"#rose-{id}");

    public Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct) =>
        Done(actions.WithdrawAsync(id, Actor.From(User), ct), "Verdirosen er trukket tilbake.", "#sendt");

    public async Task<IActionResult> OnPostHideAsync(int id, string? returnUrl, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, ValuesPermissions.ModeratePraise)).Succeeded) return StatusCode(403);
        if (!await actions.HideAsync(id, Actor.From(User), ct)) return NotFound();
        Message = "Verdirosen er skjult.";
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/verdier");
    }

    private async Task<IActionResult> Done(Task<bool> action, string message, string fragment)
    {
        if (!await action) return NotFound();
        Message = message;
        return Redirect("/verdier/roser/mine" + fragment);
    }
}
