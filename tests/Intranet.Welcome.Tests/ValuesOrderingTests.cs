using System.Text.RegularExpressions;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Stories.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Welcome.Tests;

/// <summary>A value's list, newest or most applauded, paged, and never with what the reader may not read.</summary>
public abstract partial class ValuesTests
{
    [Fact]
    public async Task Most_applauded_puts_the_most_applauded_story_first_and_newest_keeps_dates()
    {
        var oldest = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntranetDbContext>();
            var story = await db.Articles.Where(a => a.Kind == ArticleKinds.Story && a.Status == ArticleStatus.Published
                    && a.Values.Any(v => v.ValueSlug == "tydelig"))
                .OrderBy(a => a.PublishedAt).FirstAsync();
            var users = await db.Users.Select(u => u.Id).ToListAsync();
            foreach (var user in users)
                if (!await db.Set<StoryReaction>().AnyAsync(r => r.ArticleId == story.Id && r.UserId == user))
                    db.Add(new StoryReaction { ArticleId = story.Id, UserId = user });
            await db.SaveChangesAsync();
            return story.Slug;
        });
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var applauded = Slugs(await client.GetStringAsync("/verdier/tydelig?sortering=applaus"));
        Assert.Equal(oldest, applauded[0]);
        var newest = Slugs(await client.GetStringAsync("/verdier/tydelig"));
        Assert.NotEqual(oldest, newest[0]);
        Assert.Equal(applauded.OrderBy(s => s), newest.OrderBy(s => s));
    }

    [Fact]
    public async Task Restricted_and_unpublished_articles_stay_out_of_both_orders_and_the_counts()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var before = TestData.Text(await client.GetStringAsync("/verdier/aerlig"));
        var slugs = await Factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntranetDbContext>();
            var library = await db.Units.SingleAsync(u => u.Slug == "biblioteket");
            var users = await db.Users.Select(u => u.Id).ToListAsync();
            var suffix = Guid.NewGuid().ToString("N")[..8];
            Article Make(string slug, ArticleStatus status) => new()
            {
                Kind = ArticleKinds.Story, Slug = slug + suffix, Title = "Hemmelig " + slug + suffix, Status = status,
                UnitId = library.Id, PublishedAt = DateTimeOffset.UtcNow, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                Values = [new ArticleValue { ValueSlug = "aerlig" }],
            };
            var restricted = Make("begrenset-", ArticleStatus.Published);
            restricted.ReaderUnits.Add(new ArticleReaderUnit { UnitId = library.Id });
            var draft = Make("utkast-", ArticleStatus.Draft);
            db.AddRange(restricted, draft);
            await db.SaveChangesAsync();
            foreach (var user in users)
                db.AddRange(new StoryReaction { ArticleId = restricted.Id, UserId = user }, new StoryReaction { ArticleId = draft.Id, UserId = user });
            await db.SaveChangesAsync();
            return new[] { restricted.Slug, draft.Slug };
        });
        foreach (var url in new[] { "/verdier/aerlig", "/verdier/aerlig?sortering=applaus", "/verdier/aerlig?sortering=applaus&side=2" })
        {
            var html = TestData.Text(await client.GetStringAsync(url));
            Assert.DoesNotContain(slugs[0], html);
            Assert.DoesNotContain(slugs[1], html);
        }
        var after = TestData.Text(await client.GetStringAsync("/verdier/aerlig"));
        Assert.Equal(Total(before), Total(after));
        // Communications staff may read the restricted story (not the draft: lists show live articles only).
        var staff = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var staffHtml = TestData.Text(await staff.GetStringAsync("/verdier/aerlig?sortering=applaus"));
        Assert.Contains(slugs[0], Slugs(staffHtml));
        Assert.DoesNotContain(slugs[1], staffHtml);
    }

    [Fact]
    public async Task The_list_is_paged_and_each_page_has_other_articles()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var first = Slugs(await client.GetStringAsync("/verdier/tydelig?sortering=nyeste"));
        Assert.True(first.Count <= Values.Pages.Values.ValueModel.PageSize);
        var second = Slugs(await client.GetStringAsync("/verdier/tydelig?sortering=nyeste&side=2"));
        Assert.Empty(first.Intersect(second));
        var total = Total(TestData.Text(await client.GetStringAsync("/verdier/tydelig")));
        Assert.Equal(Math.Min(total, Values.Pages.Values.ValueModel.PageSize), first.Count);
        Assert.Equal(Math.Clamp(total - Values.Pages.Values.ValueModel.PageSize, 0, Values.Pages.Values.ValueModel.PageSize), second.Count);
    }

    private static List<string> Slugs(string html) =>
        Regex.Matches(html, "<li class=\"card\" data-slug=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

    private static int Total(string html)
    {
        var m = Regex.Match(html, "<th scope=\"row\">[^<]*</th><td>(\\d+)</td>");
        return m.Success ? int.Parse(m.Groups[1].Value) : 0;
    }
}
