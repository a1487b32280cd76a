using Intranet.Core.Security;
using Intranet.Newsletter.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Intranet.Newsletter.Pages.Profil;

/// <summary>/profil/nyhetsfeed: create, rotate or delete the personal feed token. The token is shown once only.</summary>
[Authorize]
public sealed class NyhetsfeedModel(FeedTokens tokens) : PageModel
{
    public DateTimeOffset? CreatedAt { get; private set; }
    public string? NewFeedUrl { get; private set; }
    public string? NewCalendarUrl { get; private set; }
    public bool Removed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => CreatedAt = await tokens.CreatedAtAsync(User.UserId()!, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var token = await tokens.RotateAsync(User.UserId()!, ct);
        var baseUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        NewFeedUrl = $"{baseUrl}{Links.NewsFeed}?token={token}";
        NewCalendarUrl = $"{baseUrl}{Links.Calendar}?token={token}";
        CreatedAt = await tokens.CreatedAtAsync(User.UserId()!, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        await tokens.RevokeAsync(User.UserId()!, ct);
        Removed = true;
        return Page();
    }
}
