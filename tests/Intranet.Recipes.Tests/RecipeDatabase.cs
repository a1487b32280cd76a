using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Core.Recipes;
using Intranet.Testing;
using Intranet.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Recipes.Tests;

/// <summary>Runs recipes and reads what they wrote, each call in its own scope like a CLI run or a request.</summary>
public static class RecipeDatabase
{
    public static string DemoJson => File.ReadAllText(RecipeFiles.Demo);
    public static string EmptyJson => File.ReadAllText(Path.Combine(RecipeFiles.Folder, "empty.recipe.json"));

    public static async Task<int> ImportAsync(this IntranetFactory factory, string json, bool isDevelopment = true)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ImportAsync(json, isDevelopment);
    }

    public static async Task<string> ExportAsync(this IntranetFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RecipeRunner>().ExportAsync("test");
    }

    public static async Task<T> QueryAsync<T>(this IntranetFactory factory, Func<IntranetDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }

    /// <summary>Row counts of every table a recipe writes to, to prove a failed import left nothing behind.</summary>
    public static Task<string> SnapshotAsync(this IntranetFactory factory) => factory.QueryAsync(async db =>
        string.Join(", ",
            $"articles={await db.Articles.CountAsync()}",
            $"tags={await db.ArticleTags.CountAsync()}",
            $"articleValues={await db.ArticleValues.CountAsync()}",
            $"versions={await db.ArticleVersions.CountAsync()}",
            $"audit={await db.AuditEntries.CountAsync()}",
            $"changelog={await db.ChangeLog.CountAsync()}",
            $"units={await db.Units.CountAsync()}",
            $"leaders={await db.UnitLeaders.CountAsync()}",
            $"values={await db.OrgValues.CountAsync()}",
            // Site settings only: background jobs write their internal state rows (StateKeys) whenever they run.
            $"settings={await db.Settings.CountAsync(s => !s.Key.StartsWith(StateKeys.Prefix))}",
            $"siteName={(await db.Settings.FindAsync("site:name"))?.Value}",
            $"users={await db.Users.CountAsync()}",
            $"roles={await db.Roles.CountAsync()}",
            $"userRoles={await db.UserRoles.CountAsync()}",
            // People's activity from the stories and news steps.
            $"storyReviews={await db.Set<Stories.Models.StoryReview>().CountAsync()}",
            $"applause={await db.Set<Stories.Models.StoryReaction>().CountAsync()}",
            $"storyComments={await db.Set<Stories.Models.StoryComment>().CountAsync()}",
            $"newsItems={await db.Set<News.Models.NewsItem>().CountAsync(n => n.MustRead)}/{await db.Set<News.Models.NewsItem>().CountAsync()}",
            $"newsTargets={await db.Set<News.Models.NewsTarget>().CountAsync()}",
            $"newsReactions={await db.Set<News.Models.NewsReaction>().CountAsync()}",
            $"newsComments={await db.Set<News.Models.NewsComment>().CountAsync()}",
            $"confirmations={await db.Set<News.Models.ReadConfirmation>().CountAsync()}"));

    /// <summary>The fields an export must carry over, with units and authors by slug/username so two databases compare.</summary>
    public static Task<List<string>> ArticleFactsAsync(this IntranetFactory factory) => factory.QueryAsync(async db =>
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Slug);
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.UserName!);
        var articles = await db.Articles.AsNoTracking().Include(a => a.Values).Include(a => a.Tags).AsSplitQuery().ToListAsync();
        return articles.OrderBy(a => a.Slug, StringComparer.Ordinal).Select(a => string.Join(" | ",
            a.Kind, a.Slug, a.Title, a.Summary, a.BodyMarkdown, a.Language,
            a.UnitId is int id ? units[id] : "-",
            string.Join(",", a.Values.Select(v => v.ValueSlug).Order(StringComparer.Ordinal)),
            string.Join(",", a.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)),
            a.Audience, a.Status, a.PublishedAt?.UtcTicks, a.AuthorId is null ? "-" : users[a.AuthorId], a.AuthorName)).ToList();
    });
}
