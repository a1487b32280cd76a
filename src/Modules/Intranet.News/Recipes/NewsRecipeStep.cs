using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Recipes;
using Intranet.Core.Time;
using Intranet.News.Services;
using Microsoft.EntityFrameworkCore;

namespace Intranet.News.Recipes;

/// <summary>
/// The "news" step: the news part of items the <c>articles</c> step wrote (category, must-read, target units) and
/// what readers did with them (must-read confirmations, reactions, comments), dated in days from publication:
/// <c>{"step": "news", "news": [{"article": "slug", "category": "beredskap", "mustRead": true, "units": [...],
/// "confirmations": [...], "reactions": {"nyttig": [...]}, "comments": [...]}]}</c>. Matched by item; importing again
/// changes nothing. Readers' activity is not exported, and confirmations are refused on items that are not must-read.
/// </summary>
internal sealed class NewsRecipeStep(IntranetDbContext db, IClock clock, MustReadService mustRead) : IRecipeStep
{
    public string Name => "news";
    public int Order => 46;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var items = await db.Articles.AsNoTracking().Where(a => a.Kind == ArticleKinds.News)
            .ToDictionaryAsync(a => a.Slug, a => new RecipeNews(a.Id, a.PublishedAt ?? a.CreatedAt), ct);
        var people = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.DisplayName), ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Slug, u => u.Id, ct);
        var part = new NewsPartImport(db, units);
        var readers = new NewsReadersImport(db, mustRead, people, clock.UtcNow);
        foreach (var (item, path) in step.Items("news", context))
        {
            var slug = item.RequiredString("article", context, path);
            context.EnsureUnique("news-item", slug, $"{path}.article");
            var news = items.GetValueOrDefault(slug) ?? throw context.Error($"{path}.article", $"nyheten «{slug}» finnes ikke.");
            var isMustRead = await part.ImportAsync(news, item, context, path, ct);
            // Targets decide who must confirm, so they are saved before confirmations are checked against them.
            await db.SaveChangesAsync(ct);
            await readers.ImportAsync(news, isMustRead, item, context, path, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    public Task<JsonObject?> ExportAsync(CancellationToken ct) => Task.FromResult<JsonObject?>(null);
}

/// <summary>A news item the step refers to: its id and the moment its activity is dated from.</summary>
internal sealed record RecipeNews(int Id, DateTimeOffset Published);
