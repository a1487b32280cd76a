using System.Text.RegularExpressions;
using Intranet.Core.Content;
using Intranet.Core.Models;
using Intranet.Core.Validation;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Content.Tests;

public abstract class ArticleServiceTests(SharedIntranet host) : ContentTestBase(host)
{
    [Fact]
    public async Task Slugs_transliterate_norwegian_letters_and_stay_unique()
    {
        var admin = await ActorAsync("admin");
        var first = await CreateAsync(News("Ærlig øving på åpen dag"), admin);
        var second = await CreateAsync(News("Ærlig øving på åpen dag"), admin);
        Assert.Equal("aerlig-oving-pa-apen-dag", first.Slug);
        Assert.Equal("aerlig-oving-pa-apen-dag-2", second.Slug);
    }

    [Fact]
    public async Task Editing_a_published_article_keeps_the_previous_version_and_restore_brings_it_back()
    {
        var admin = await ActorAsync("admin");
        var created = await CreateAsync(News("Første tittel", "Første tekst."), admin, ArticleStatus.Published);
        await WithScopeAsync(sp => sp.GetRequiredService<IArticleService>().UpdateAsync(created.Id, News("Andre tittel", "Andre tekst."), admin));

        var versions = await WithDbAsync(db => db.ArticleVersions.Where(v => v.ArticleId == created.Id).ToListAsync());
        var kept = Assert.Single(versions);
        Assert.Equal("Første tittel", kept.Title);
        Assert.Contains("Første tekst.", kept.BodyHtml);

        await WithScopeAsync(sp => sp.GetRequiredService<IArticleService>().RestoreVersionAsync(created.Id, kept.VersionNumber, admin));
        var restored = await WithDbAsync(db => db.Articles.SingleAsync(a => a.Id == created.Id));
        Assert.Equal("Første tittel", restored.Title);
        Assert.Contains("Første tekst.", restored.BodyHtml);
        Assert.Equal(2, await WithDbAsync(db => db.ArticleVersions.CountAsync(v => v.ArticleId == created.Id)));
    }

    [Fact]
    public async Task Every_change_writes_an_audit_entry_and_a_change_log_row()
    {
        var admin = await ActorAsync("admin");
        var logBefore = await WithDbAsync(db => db.ChangeLog.CountAsync());
        var article = await CreateAsync(News("Revisjon"), admin);
        var id = article.Id;
        await WithScopeAsync(sp => sp.GetRequiredService<IArticleService>().UpdateAsync(id, News("Revisjon 2"), admin));
        await WithScopeAsync(sp => sp.GetRequiredService<IArticleService>().SetStatusAsync(id, ArticleStatus.Published, admin));
        await WithScopeAsync(async sp => { await sp.GetRequiredService<IArticleService>().DeleteAsync(id, admin); return 0; });

        var key = id.ToString();
        var actions = await WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "article" && e.EntityId == key)
            .OrderBy(e => e.Id).Select(e => e.Action + ":" + e.UserName).ToListAsync());
        Assert.Equal(["create:admin", "edit:admin", "status:admin", "delete:admin"], actions);
        var changes = await WithDbAsync(db => db.ChangeLog.Where(c => c.ArticleId == id).OrderBy(c => c.Id).Select(c => c.Change).ToListAsync());
        Assert.Equal([ChangeType.Upsert, ChangeType.Upsert, ChangeType.Upsert, ChangeType.Delete], changes);
        Assert.Equal(logBefore + 4, await WithDbAsync(db => db.ChangeLog.CountAsync()));
        Assert.False(await WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task Hostile_markdown_is_stored_without_anything_active()
    {
        var admin = await ActorAsync("admin");
        var article = await CreateAsync(News("Skadelig innhold", XssMarkdown), admin, ArticleStatus.Published);
        var html = await WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.BodyHtml).SingleAsync());
        Assert.Contains("Trygg tekst.", html);
        AssertInert(html);
    }

    /// <summary>Text may mention the attack (escaped); no tag may carry it.</summary>
    public static void AssertInert(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"<[^>]*\son\w+\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"<[^>]*(javascript|vbscript|data):", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"<(iframe|object|embed|form|input(?![^>]*checkbox))\b", RegexOptions.IgnoreCase), html);
    }

    [Theory]
    [InlineData("deep")]
    [InlineData("long")]
    public async Task Over_deep_or_over_long_bodies_are_validation_errors(string which)
    {
        var admin = await ActorAsync("admin");
        var body = which == "deep" ? new string('>', 500) + " dypt" : new string('a', 200_000);
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => CreateAsync(News("For mye", body), admin));
        Assert.True(error.Errors.ContainsKey("body"));
        Assert.False(await WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == "For mye")));
    }
}

public sealed class ArticleServiceTestsSqlite(SqliteIntranet host) : ArticleServiceTests(host), IClassFixture<SqliteIntranet>;

public sealed class ArticleServiceTestsPostgres(PostgresIntranet host) : ArticleServiceTests(host), IClassFixture<PostgresIntranet>;
