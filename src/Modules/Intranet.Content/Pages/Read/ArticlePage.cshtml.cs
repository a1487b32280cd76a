using Intranet.Content.Services;
using Intranet.Core.Models;
using Intranet.Core.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Intranet.Core.Caching;

namespace Intranet.Content.Pages.Read;

/// <summary>
/// The generic article page for every kind. Modules with their own page for a kind (e.g. /historier/{slug})
/// win by literal-route precedence. What the reader may not see is a 404, so drafts do not reveal they exist.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = ReaderPageCache.PerSession)]
public sealed class ArticlePageModel(ArticleReader articles, ReaderContexts readers, OrgValueNames values, IClock clock) : PageModel
{
    public Article Article { get; private set; } = null!;
    public bool IsLive { get; private set; }
    public IReadOnlyList<(string Slug, string Name)> ValueBadges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string section, string slug, CancellationToken ct)
    {
        var kind = ArticleKinds.KindForPath(section);
        if (kind is null || slug.Length > 200) return NotFound();
        var reader = await readers.ForAsync(User, ct);
        var article = await articles.BySlugAsync(reader, slug, ct);
        if (article is null)
            return !reader.IsAuthenticated && kind != ArticleKinds.Story ? Challenge() : NotFound();
        if (article.Kind != kind) return RedirectPermanent(article.Url);
        Article = article;
        IsLive = article.IsLive(clock.UtcNow);
        var badges = new List<(string, string)>();
        foreach (var v in article.Values) badges.Add((v.ValueSlug, await values.NameAsync(v.ValueSlug, ct)));
        ValueBadges = badges;
        return Page();
    }
}
