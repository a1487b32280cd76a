using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.News.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Pages.News;

[Authorize(Policy = NewsPermissions.Manage)]
public sealed class EditModel(IntranetDbContext db, NewsEditor editor, NewsReader news) : NewsFormModel(db)
{
    private readonly IntranetDbContext _db = db;

    public override string Heading => "Rediger nyhet";
    public Article Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var item = await news.NewsPartAsync(id, ct);
        var ids = item?.Targets.Select(t => t.UnitId).ToList() ?? [];
        Fill(Article, item, await _db.Units.Where(u => ids.Contains(u.Id)).Select(u => u.Slug).ToListAsync(ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        try
        {
            var article = await editor.UpdateAsync(id, ReadInput(), Actor.From(User), ct);
            return Redirect(article.Url);
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var article = await _db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.Kind == ArticleKinds.News, ct);
        if (article is null) return false;
        Article = article;
        await LoadChoicesAsync(ct);
        return true;
    }
}
