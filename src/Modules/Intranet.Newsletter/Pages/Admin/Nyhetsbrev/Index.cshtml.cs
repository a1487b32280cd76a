using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Intranet.Newsletter.Models;
using Intranet.Newsletter.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Intranet.Newsletter.Pages.Admin.Nyhetsbrev;

/// <summary>/admin/nyhetsbrev: compose a one-off newsletter (preview, test to oneself, send to all) and the digest setting.</summary>
[Authorize(Policy = NewsletterPermissions.Send)]
public sealed class IndexModel(NewsletterService letters, RecipientDirectory people, DigestSettings settings, IntranetDbContext db, IStringLocalizer t) : PageModel
{
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string Intro { get; set; } = "";
    [BindProperty] public List<int> ArticleIds { get; set; } = [];
    [BindProperty] public bool ForceImportant { get; set; }

    public IReadOnlyList<Article> Candidates { get; private set; } = [];
    public IReadOnlyList<OneOffNewsletter> History { get; private set; } = [];
    public Dictionary<OutboxStatus, int> Outbox { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public RenderedMail? Preview { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        ForceImportant = await settings.ForceImportantAsync(ct);
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostPreviewAsync(CancellationToken ct) => RunAsync(async draft =>
    {
        var errors = draft.Errors();
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        var me = (await people.AllAsync([User.UserId()!], requireEmail: false, ct: ct)).First();
        Preview = await letters.PreviewAsync(draft, me, ct);
    }, ct);

    public Task<IActionResult> OnPostTestAsync(CancellationToken ct) => RunAsync(async draft =>
    {
        var report = await letters.SendTestAsync(draft, User.UserId()!, ct);
        Message = t[report.Deferred > 0 ? "Testen er lagt i kø; e-posttjeneren svarer ikke akkurat nå." : "Testen er sendt til deg."];
    }, ct);

    public Task<IActionResult> OnPostSendAsync(CancellationToken ct) => RunAsync(async draft =>
    {
        var letter = await letters.QueueForAllAsync(draft, Actor.From(User), ct);
        Message = t["Nyhetsbrevet er lagt i kø til {0} mottakere.", letter.RecipientCount];
        (Title, Intro, ArticleIds) = ("", "", []);
    }, ct);

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken ct)
    {
        await settings.SetForceImportantAsync(ForceImportant, ct);
        Message = t["Innstillingen er lagret."];
        await LoadAsync(ct);
        return Page();
    }

    private async Task<IActionResult> RunAsync(Func<NewsletterDraft, Task> act, CancellationToken ct)
    {
        try { await act(new NewsletterDraft(Title ?? "", Intro ?? "", ArticleIds.Distinct().ToList())); }
        catch (ValidationFailedException e) { Errors = e.Errors; }
        ForceImportant = await settings.ForceImportantAsync(ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Candidates = await letters.CandidatesAsync(ct: ct);
        History = await letters.HistoryAsync(ct);
        Outbox = await db.Set<OutboxMessage>().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? m.FirstOrDefault() : null;
}
