using Intranet.Core.Data;
using Intranet.Core.Security;
using Intranet.Search.Models;
using Intranet.Search.Querying;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Search.Pages.Admin.Sok;

/// <summary>/admin/sok/synonymer: one group of equivalent words per line. Used at query time, no reindex needed.</summary>
[Authorize(Policy = Permissions.ManageContent)]
public sealed class SynonymerModel(IntranetDbContext db, SynonymTable synonyms) : PageModel
{
    public const int MaxLines = 500;
    public const int MaxLineLength = 500;

    [BindProperty] public string Text { get; set; } = "";
    public string? Error { get; private set; }
    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Text = string.Join('\n', await db.Set<SynonymGroup>().OrderBy(g => g.Id).Select(g => g.Terms).ToListAsync(ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var lines = (Text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Error = Validate(lines);
        if (Error is not null) return Page();
        db.Set<SynonymGroup>().RemoveRange(await db.Set<SynonymGroup>().ToListAsync(ct));
        foreach (var line in lines) db.Set<SynonymGroup>().Add(new SynonymGroup { Terms = Tidy(line) });
        await db.SaveChangesAsync(ct);
        synonyms.Invalidate();
        Saved = true;
        Text = string.Join('\n', lines.Select(Tidy));
        return Page();
    }

    private static string? Validate(string[] lines)
    {
        if (lines.Length > MaxLines) return $"Listen kan ha høyst {MaxLines} linjer.";
        foreach (var line in lines)
        {
            if (line.Length > MaxLineLength) return $"En linje kan ha høyst {MaxLineLength} tegn: «{line[..40]}…».";
            if (line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length < 2)
                return $"Hver linje trenger minst to ord eller uttrykk skilt med komma: «{line}».";
        }
        return null;
    }

    private static string Tidy(string line) =>
        string.Join(", ", line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
