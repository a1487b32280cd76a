using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Intranet.Core.Validation;
using Intranet.News.Models;
using Intranet.News.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Pages.News;

/// <summary>The fields of the news form, shared by /nyheter/ny and /nyheter/{id}/rediger.</summary>
public abstract class NewsFormModel(IntranetDbContext db) : PageModel
{
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string Summary { get; set; } = "";
    [BindProperty] public string Body { get; set; } = "";
    [BindProperty] public string Language { get; set; } = "nb";
    [BindProperty] public string Category { get; set; } = NewsCategories.General;
    [BindProperty] public List<string> Units { get; set; } = [];
    [BindProperty] public bool Restricted { get; set; }
    [BindProperty] public string? PublishAt { get; set; }
    [BindProperty] public string? UnpublishAt { get; set; }
    [BindProperty] public bool Pinned { get; set; }
    [BindProperty] public bool MustRead { get; set; }
    [BindProperty] public bool CommentsOpen { get; set; } = true;
    [BindProperty] public bool ReactionsOpen { get; set; } = true;
    [BindProperty] public string? Intent { get; set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; protected set; } = new Dictionary<string, string[]>();
    public List<Unit> Sectors { get; private set; } = [];
    public abstract string Heading { get; }

    protected async Task LoadChoicesAsync(CancellationToken ct) =>
        Sectors = await db.Units.AsNoTracking().Where(u => u.ParentId == null).Include(u => u.Children).OrderBy(u => u.Name).ToListAsync(ct);

    /// <summary>The typed values as input; bad times become field errors rather than silently "now".</summary>
    protected NewsInput ReadInput()
    {
        var errors = new ValidationErrors();
        var publishAt = ReadTime(PublishAt, "publishAt", errors);
        var unpublishAt = ReadTime(UnpublishAt, "unpublishAt", errors);
        errors.ThrowIfAny();
        return new NewsInput
        {
            Title = Title ?? "", Summary = Summary ?? "", Body = Body ?? "", Language = Language == "nn" ? "nn" : "nb",
            Category = Category, Units = Units, Restricted = Restricted, PublishAt = publishAt, UnpublishAt = unpublishAt,
            Pinned = Pinned, MustRead = MustRead, CommentsOpen = CommentsOpen, ReactionsOpen = ReactionsOpen,
            Publish = Intent != "draft",
        };
    }

    protected void Fill(Article article, NewsItem? item, IEnumerable<string> unitSlugs)
    {
        Title = article.Title; Summary = article.Summary; Body = article.BodyMarkdown; Language = article.Language;
        PublishAt = OsloTime.ToInput(article.PublishAt); UnpublishAt = OsloTime.ToInput(article.UnpublishAt);
        Category = item?.Category ?? NewsCategories.General; Units = unitSlugs.ToList(); Restricted = item?.Restricted ?? false;
        Pinned = item?.Pinned ?? false; MustRead = item?.MustRead ?? false;
        CommentsOpen = item?.CommentsOpen ?? true; ReactionsOpen = item?.ReactionsOpen ?? true;
    }

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;

    private static DateTimeOffset? ReadTime(string? value, string field, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var time = OsloTime.FromInput(value);
        if (time is null) errors.Add(field, "Skriv dato og klokkeslett, for eksempel 2026-03-01 08:00.");
        return time;
    }
}
