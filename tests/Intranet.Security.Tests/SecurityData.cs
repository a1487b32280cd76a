using System.Text.RegularExpressions;
using Intranet.Accounts.AccessCodes;
using Intranet.Accounts.Models;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Testing;
using Intranet.Values.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Security.Tests;

/// <summary>Data the catalogue makes through the real forms (corner notes with PDFs, verdiroser), and lookups of their ids.</summary>
public static partial class SecurityData
{
    /// <summary>A council note by the chief executive with the given PDF parts; returns its address and the attachment links on it.</summary>
    public static async Task<(string Url, int ArticleId, IReadOnlyList<string> Attachments)> CornerNoteAsync(
        SecuritySite site, string title, string body, params HttpContent[] files)
    {
        var chief = await site.CookieClientAsync(DemoUsers.Kommunedirektor);
        var posted = await chief.PostMultipartAsync("/hjornet/ny", new()
        {
            ["Type"] = "notat", ["Title"] = title, ["Summary"] = "", ["Body"] = body, ["Language"] = "nb",
        }, files);
        Assert.True(posted.StatusCode == System.Net.HttpStatusCode.Redirect, $"corner note: {(int)posted.StatusCode} {await posted.Content.ReadAsStringAsync()}");
        var url = posted.Headers.Location!.OriginalString;
        var html = await chief.GetStringAsync(url);
        var links = AttachmentLink().Matches(html).Select(m => m.Value).Distinct().ToList();
        var slug = url.Split('/')[^1];
        using var scope = site.Services.CreateScope();
        var id = await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Articles
            .Where(a => a.Kind == ArticleKinds.Corner && a.Slug == slug).Select(a => a.Id).SingleAsync();
        return (url, id, links);
    }

    /// <summary>A verdirose from the sender through /verdier/roser/ny (to a colleague by user name, or to a unit's team); returns its id.</summary>
    public static async Task<int> PraiseAsync(SecuritySite site, string sender, string message, string? toUser = null, string? toUnit = null)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var fields = new Dictionary<string, string> { ["Input.Values"] = "tydelig", ["Input.Message"] = message };
        if (toUser is not null)
        {
            fields["Input.Recipient"] = "person";
            fields["Input.UserId"] = await db.Users.Where(u => u.UserName == toUser).Select(u => u.Id).SingleAsync();
        }
        else
        {
            fields["Input.Recipient"] = "team";
            fields["Input.Unit"] = toUnit!;
        }
        var client = DemoUsers.All.Contains(sender) ? await site.CookieClientAsync(sender) : await site.SignInAsync(sender, TestUsers.Password);
        var response = await client.PostFormAsync("/verdier/roser/ny", fields);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"praise: {(int)response.StatusCode}");
        return await db.Set<ValuePraise>().Where(p => p.Message == message.Trim()).Select(p => p.Id).SingleAsync();
    }

    public static async Task<bool> PraiseExistsAsync(SecuritySite site, int id)
    {
        using var scope = site.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Set<ValuePraise>().AnyAsync(p => p.Id == id);
    }

    /// <summary>Makes the user a leader of the unit (as an administrator would in the user admin).</summary>
    public static async Task MakeLeaderAsync(SecuritySite site, string userName, string unitSlug)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var unitId = await db.Units.Where(u => u.Slug == unitSlug).Select(u => u.Id).SingleAsync();
        db.UnitLeaders.Add(new UnitLeader { UnitId = unitId, UserId = userId });
        await db.SaveChangesAsync();
    }

    /// <summary>An article's address, as the administrator's API answers it.</summary>
    public static async Task<string> ArticleUrlAsync(SecuritySite site, int articleId)
    {
        var client = await site.TokenClientAsync(DemoUsers.Admin);
        var json = System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(await client.GetStringAsync($"/api/articles/{articleId}"));
        return json.GetProperty("url").GetString()!;
    }

    /// <summary>Takes an article back to draft, as an administrator does in /admin/innhold.</summary>
    public static async Task UnpublishAsync(SecuritySite site, int articleId)
    {
        var admin = await site.CookieClientAsync(DemoUsers.Admin);
        var response = await admin.PostFormAsync($"/admin/innhold/{articleId}?handler=Status", new() { ["status"] = "unpublish" }, $"/admin/innhold/{articleId}");
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"unpublish {articleId}: {(int)response.StatusCode}");
    }

    public static Task<int> ArticleIdAsync(SecuritySite site, string kind, string slug) =>
        QueryAsync(site, db => db.Articles.Where(a => a.Kind == kind && a.Slug == slug).Select(a => a.Id).SingleAsync());

    public static Task<string> UserIdAsync(SecuritySite site, string userName) =>
        QueryAsync(site, db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    public static Task<int> TokenIdAsync(SecuritySite site, string name) =>
        QueryAsync(site, db => db.Set<ApiToken>().Where(t => t.Name == name).Select(t => t.Id).SingleAsync());

    public static Task<bool> TokenRevokedAsync(SecuritySite site, int id) =>
        QueryAsync(site, db => db.Set<ApiToken>().Where(t => t.Id == id).Select(t => t.RevokedAt != null).SingleAsync());

    /// <summary>The person's access code that is still waiting to be used (null when none).</summary>
    public static Task<int?> PendingCodeIdAsync(SecuritySite site, string userName) =>
        QueryAsync(site, db => db.Set<AccessCode>()
            .Where(c => db.Users.Any(u => u.Id == c.UserId && u.UserName == userName) && c.UsedAt == null && c.RevokedAt == null)
            .Select(c => (int?)c.Id).SingleOrDefaultAsync());

    private static async Task<T> QueryAsync<T>(SecuritySite site, Func<IntranetDbContext, Task<T>> query)
    {
        using var scope = site.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }

    [GeneratedRegex("/hjornet/vedlegg/[0-9a-f]{32}")]
    private static partial Regex AttachmentLink();
}
