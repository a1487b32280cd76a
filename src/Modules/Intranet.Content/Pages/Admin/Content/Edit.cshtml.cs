using Intranet.Content.Services;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Security;
using Intranet.Core.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Pages.Admin.Content;

/// <summary>Create or edit an article, and change its status. Errors re-show the form with everything typed.</summary>
[Authorize(Policy = Permissions.ManageContent)]
public sealed class EditModel(IArticleService service, IntranetDbContext db, EditorOptions options) : PageModel
{
    [BindProperty] public ArticleForm Form { get; set; } = new();
    public Article? Existing { get; private set; }
    public EditorOptions Options => options;
    [TempData] public string? Message { get; set; }

    public const string NewId = "ny";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!TryParseId(id, out var articleId)) return NotFound();
        if (articleId is { } existing)
        {
            if (!await LoadAsync(existing, ct)) return NotFound();
            Form = ArticleForm.From(Existing!);
        }
        await options.LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!TryParseId(id, out var articleId)) return NotFound();
        if (articleId is not null && !await LoadAsync(articleId.Value, ct)) return NotFound();
        try
        {
            var input = Form.ToInput();
            var saved = articleId is null
                ? await service.CreateAsync(input with { AuthorName = User.DisplayName() }, Actor.From(User), ct: ct)
                : await service.UpdateAsync(articleId.Value, input, Actor.From(User), ct);
            Message = "Artikkelen er lagret.";
            return Redirect($"/admin/innhold/{saved.Id}");
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
                foreach (var message in messages) ModelState.AddModelError(FieldKey(field), message);
            await options.LoadAsync(ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostStatusAsync(string id, string status, CancellationToken ct)
    {
        if (!TryParseId(id, out var articleId) || articleId is null) return NotFound();
        return await ChangeStatusAsync(articleId.Value, status, ct);
    }

    private async Task<IActionResult> ChangeStatusAsync(int id, string status, CancellationToken ct)
    {
        ArticleStatus? target = status switch
        {
            "publish" => ArticleStatus.Published,
            "unpublish" => ArticleStatus.Draft,
            "archive" => ArticleStatus.Archived,
            _ => null,
        };
        if (target is null || !await db.Articles.AnyAsync(a => a.Id == id, ct)) return NotFound();
        await service.SetStatusAsync(id, target.Value, Actor.From(User), ct: ct);
        Message = target switch
        {
            ArticleStatus.Published => "Artikkelen er publisert.",
            ArticleStatus.Archived => "Artikkelen er arkivert.",
            _ => "Artikkelen er avpublisert og er nå et utkast.",
        };
        return Redirect($"/admin/innhold/{id}");
    }

    /// <summary>Service field names (camelCase) mapped to the form's input names.</summary>
    public static string FieldKey(string field) => field switch
    {
        "body" => "Form.Body",
        "unit" => "Form.UnitId",
        _ => "Form." + char.ToUpperInvariant(field[0]) + field[1..],
    };

    /// <summary>"ny" means a new article; otherwise the id must be a number.</summary>
    private static bool TryParseId(string id, out int? articleId)
    {
        articleId = null;
        if (id == NewId) return true;
        if (!int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return false;
        articleId = n;
        return true;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Existing = await db.Articles.AsNoTracking().Include(a => a.Values).Include(a => a.Tags)
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        return Existing is not null;
    }
}
