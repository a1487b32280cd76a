using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.Insights.Models;
using Intranet.Insights.Pulse;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Insights.Pages.Puls;

/// <summary>/puls/{id}: answer the open round of a pulse survey, once.</summary>
[Authorize]
public sealed class SvarModel(IntranetDbContext db, PulseAnswering answering, IClock clock) : PageModel
{
    public PulseSurvey? Survey { get; private set; }
    public int? Round { get; private set; }
    public bool Answered { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public Dictionary<int, int?> Values { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public bool Takk { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Round is not int round || Answered) return Page();
        Values = Survey!.Questions.ToDictionary(q => q.Id, q => int.TryParse(Request.Form[$"q{q.Id}"], out var v) ? v : (int?)null);
        try
        {
            await answering.AnswerAsync(Survey, round, User, Values, ct);
            return Redirect($"/puls/{id}?takk=true");
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors.ToDictionary(x => x.Key, x => x.Value);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Survey = await db.Set<PulseSurvey>().AsNoTracking().Include(s => s.Questions.OrderBy(q => q.Order)).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (Survey is null) return false;
        Round = PulseRounds.OpenRound(Survey, clock.UtcNow);
        Answered = Round is int r && await answering.HasAnsweredAsync(id, r, User.UserId()!, ct);
        return true;
    }

    public string? ErrorFor(int questionId) => Errors.TryGetValue($"q{questionId}", out var m) ? m[0] : null;
}
