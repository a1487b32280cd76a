using System.Net;
using Intranet.Core.Data;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.News.Tests;

/// <summary>The home page's news and corner blocks, and who a must-read item asks to confirm.</summary>
public abstract class NewsHomeTests(NewsHost host)
{
    private IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task A_pinned_item_comes_first_on_the_home_page_even_before_newer_news()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var pinned = Unique("Festet nyhet");
        var newer = Unique("Nyere nyhet");
        await comms.CreateNewsAsync(new { title = pinned, body = "Står øverst.", pinned = true, units = Array.Empty<string>() });
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await comms.CreateNewsAsync(new { title = newer, body = "Er nyere.", units = Array.Empty<string>() });

        var cards = HomeNewsCards(await (await Factory.SignedInClientAsync(DemoUsers.Ansatt)).TextAsync("/?culture=nb"));
        Assert.Contains(pinned, cards[0]);
        Assert.Contains("card--pinned", cards[0]);
        Assert.Contains("<span class=\"badge\">Festet</span>", cards[0]);
        var newerCard = cards.FindIndex(c => c.Contains(newer));
        Assert.True(newerCard > 0, "the newer, unpinned item is listed after the pinned one");
        Assert.DoesNotContain("card--pinned", cards[newerCard]);
    }

    [Fact]
    public async Task Latest_news_on_the_home_page_puts_the_readers_unit_first()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var targeted = Unique("Forside til hjemmetjenesten");
        var everyone = Unique("Forside til alle");
        await comms.CreateNewsAsync(new { title = targeted, body = "Målrettet.", units = new[] { "hjemmetjenesten" } });
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await comms.CreateNewsAsync(new { title = everyone, body = "For alle.", units = Array.Empty<string>() });

        var ansatt = string.Join("\n", HomeNewsCards(await (await Factory.SignedInClientAsync(DemoUsers.Ansatt)).TextAsync("/?culture=nb")));
        Assert.True(Position(ansatt, targeted) < Position(ansatt, everyone), "the unit's item first for its own reader");
        Assert.Contains("For din enhet", ansatt);
        var ce = string.Join("\n", HomeNewsCards(await (await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor)).TextAsync("/?culture=nb")));
        Assert.True(Position(ce, everyone) < Position(ce, targeted), "newest first for a reader outside the unit");
    }

    [Fact]
    public async Task The_corner_block_shows_the_newest_corner_post()
    {
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var older = Unique("Eldre hilsen");
        var newest = Unique("Nyeste hilsen");
        Assert.Equal(HttpStatusCode.Created, (await ce.PostJsonAsync("/api/corner", new { title = older, body = "Først." })).StatusCode);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Created, (await ce.PostJsonAsync("/api/corner", new { title = newest, body = "Sist." })).StatusCode);

        var home = await (await Factory.SignedInClientAsync(DemoUsers.Ansatt)).TextAsync("/?culture=nb");
        var block = Section(home, "home-corner");
        Assert.Contains(newest, block);
        Assert.DoesNotContain(older, block);
        Assert.Contains("Kommunedirektørens hjørne", block);
    }

    [Fact]
    public async Task A_targeted_must_read_item_asks_only_its_units_and_an_untargeted_one_asks_everyone()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var targeted = Unique("Viktig for hjemmetjenesten");
        var (targetedId, targetedUrl) = await comms.CreateNewsAsync(new { title = targeted, body = "Bekreft.", mustRead = true, units = new[] { "helse-og-omsorg" } });
        var everyone = Unique("Viktig for alle");
        var (_, everyoneUrl) = await comms.CreateNewsAsync(new { title = everyone, body = "Bekreft.", mustRead = true, units = Array.Empty<string>() });

        // ansatt works in Hjemmetjenesten, under the targeted sector: asked for both.
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var ansattHome = Section(await ansatt.TextAsync("/?culture=nb"), "must-read-list");
        Assert.Contains(targeted, ansattHome);
        Assert.Contains(everyone, ansattHome);
        Assert.Contains("id=\"confirm-read\"", await ansatt.TextAsync(targetedUrl));

        // The chief executive works in the staff unit, outside the sector: may read it, but is not asked to confirm it.
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var ceHome = Section(await ce.TextAsync("/?culture=nb"), "must-read-list");
        Assert.DoesNotContain(targeted, ceHome);
        Assert.Contains(everyone, ceHome);
        var page = await ce.TextAsync(targetedUrl);
        Assert.Contains(targeted, page);
        Assert.DoesNotContain("id=\"confirm-read\"", page);
        Assert.DoesNotContain("Viktig – bekreft at du har lest", page);
        Assert.Contains("id=\"confirm-read\"", await ce.TextAsync(everyoneUrl));

        // A hand-made confirmation from outside the audience is not recorded.
        await ce.PostFormAsync(targetedUrl + "?handler=Confirm", new(), everyoneUrl);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var ceId = await db.Users.Where(u => u.UserName == DemoUsers.Kommunedirektor).Select(u => u.Id).SingleAsync();
        Assert.False(await db.Set<Models.ReadConfirmation>().AnyAsync(c => c.ArticleId == targetedId && c.UserId == ceId));
    }

    [Fact]
    public async Task Another_corner_label_names_the_menu_entry_the_corner_page_and_the_home_block()
    {
        await SetSettingAsync("corner:label", "Rådmannens hjørne");
        await SetSettingAsync("corner:labelNn", "Rådmannen sitt hjørne");
        try
        {
            // A corner post is a content change: it expires the cached menu title everywhere, as a recipe import would.
            var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
            await ce.PostJsonAsync("/api/corner", new { title = Unique("Etter navnebytte"), body = "Hei." });
            var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);

            var corner = await ansatt.TextAsync("/hjornet?culture=nb");
            Assert.Contains("<h1>Rådmannens hjørne</h1>", corner);
            Assert.Contains("<a href=\"/hjornet\" aria-current=\"page\">Rådmannens hjørne</a>", corner);
            Assert.DoesNotContain("Kommunedirektørens hjørne", corner);
            var home = await ansatt.TextAsync("/?culture=nb");
            Assert.Contains("<a href=\"/hjornet\">Rådmannens hjørne</a>", home);
            Assert.Contains("Rådmannens hjørne", Section(home, "home-corner"));
            var nynorsk = await ansatt.TextAsync("/hjornet?culture=nn");
            Assert.Contains("<h1>Rådmannen sitt hjørne</h1>", nynorsk);
            Assert.Contains("<a href=\"/hjornet\" aria-current=\"page\">Rådmannen sitt hjørne</a>", nynorsk);
        }
        finally
        {
            await SetSettingAsync("corner:label", "Kommunedirektørens hjørne");
            await SetSettingAsync("corner:labelNn", "Kommunedirektøren sitt hjørne");
        }
    }

    private async Task SetSettingAsync(string key, string value)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntranetDbContext>();
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Key == key);
        if (setting is null) db.Settings.Add(new Setting { Key = key, Value = value });
        else setting.Value = value;
        await db.SaveChangesAsync();
    }

    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    private static int Position(string html, string text)
    {
        var at = html.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"«{text}» is not on the page");
        return at;
    }

    /// <summary>The cards of the home page's news list, in order.</summary>
    internal static List<string> HomeNewsCards(string home)
    {
        var list = Section(home, "home-news__list");
        return list.Split("<li class=\"card", StringSplitOptions.None).Skip(1).ToList();
    }

    /// <summary>From the element with the class to the end of its (non-nested) section or list.</summary>
    internal static string Section(string html, string cssClass)
    {
        var start = html.IndexOf(cssClass, StringComparison.Ordinal);
        if (start < 0) return "";
        var ends = new[] { "</section>", "</ul>" }.Select(e => html.IndexOf(e, start, StringComparison.Ordinal)).Where(i => i > 0);
        return html[start..ends.Min()];
    }
}

public sealed class NewsHomeTestsSqlite(SqliteNewsHost host) : NewsHomeTests(host), IClassFixture<SqliteNewsHost>;

public sealed class NewsHomeTestsPostgres(PostgresNewsHost host) : NewsHomeTests(host), IClassFixture<PostgresNewsHost>;
