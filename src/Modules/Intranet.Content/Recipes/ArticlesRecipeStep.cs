using System.Text.Json;
using System.Text.Json.Nodes;
using Intranet.Core.Content;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Recipes;
using Intranet.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Intranet.Content.Recipes;

/// <summary>
/// The "articles" step: articles of every kind, matched by slug. An unchanged article is left alone,
/// so importing the same recipe twice changes nothing.
/// </summary>
internal sealed class ArticlesRecipeStep(IntranetDbContext db, IArticleService articles) : IRecipeStep
{
    public string Name => "articles";
    public int Order => 40;

    public async Task ImportAsync(JsonElement step, RecipeContext context, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Slug, u => u.Id, ct);
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.DisplayName), ct);
        foreach (var (item, path) in step.Items("articles", context))
        {
            var read = RecipeArticle.Read(item, context, path, units, users);
            try { await ImportOneAsync(read, context, path, ct); }
            catch (ValidationFailedException e)
            {
                var (field, messages) = e.Errors.First();
                throw context.Error($"{path}.{field}", string.Join(" ", messages));
            }
        }
    }

    private async Task ImportOneAsync(RecipeArticle read, RecipeContext context, string path, CancellationToken ct)
    {
        var actor = new Actor(read.Input.AuthorId, "oppskrift");
        var existing = await db.Articles.Include(a => a.Values).Include(a => a.Tags).AsSplitQuery().FirstOrDefaultAsync(a => a.Slug == read.Slug, ct);
        if (existing is not null && existing.Kind != read.Input.Kind)
            throw context.Error($"{path}.slug", $"«{read.Slug}» brukes allerede av en artikkel av typen «{existing.Kind}».");
        Article article;
        if (existing is null)
            article = await articles.CreateAsync(read.Input with { Slug = read.Slug }, actor, read.Status, ct);
        else if (read.Differs(existing))
        {
            article = await articles.UpdateAsync(existing.Id, read.Input, actor, ct);
            if (article.Status != read.Status) article = await articles.SetStatusAsync(article.Id, read.Status, actor, ct: ct);
        }
        else return;
        KeepRecipeMetadata(article, read);
        await db.SaveChangesAsync(ct);
        context.Changed();
    }

    /// <summary>
    /// The byline and the original publishing time belong to the recipe, not to this import, so a recipe (or an
    /// export of another installation) keeps who wrote what and when.
    /// </summary>
    private static void KeepRecipeMetadata(Article article, RecipeArticle read)
    {
        article.AuthorId = read.Input.AuthorId;
        article.AuthorName = read.Input.AuthorName ?? "";
        if (read.PublishedAt is { } at && article.PublishedAt != at)
        {
            article.PublishedAt = at;
            article.CreatedAt = at < article.CreatedAt ? at : article.CreatedAt;
        }
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Slug, ct);
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.UserName!, ct);
        var all = await db.Articles.AsNoTracking().Include(a => a.Values).Include(a => a.Tags).AsSplitQuery().OrderBy(a => a.Id).ToListAsync(ct);
        return new JsonObject
        {
            ["articles"] = new JsonArray(all.Select(a => (JsonNode)RecipeArticle.Write(a, units, users)).ToArray()),
        };
    }
}
