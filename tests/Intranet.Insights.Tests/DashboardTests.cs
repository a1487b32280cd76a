using System.Net;
using System.Text.RegularExpressions;
using Intranet.Insights.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Intranet.Insights.Tests;

/// <summary>Each figure on the dashboard, on the demo's seeded year plus activity made in the test.</summary>
public abstract class DashboardTests : IDisposable
{
    protected readonly TestClock Clock = new();
    protected readonly IntranetFactory Factory;

    protected DashboardTests(DatabaseProvider provider) => Factory = new IntranetFactory(provider).UseClock(Clock);

    [Fact]
    public async Task The_seeded_year_gives_every_trend_twelve_months_with_a_marked_baseline()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var html = System.Net.WebUtility.HtmlDecode(await comms.GetStringAsync("/innsikt"));
        Assert.Contains("<h1>Innsikt</h1>", html);
        Assert.Contains("role=\"img\"", html);
        Assert.Contains("class=\"chart__baseline\"", html);
        Assert.Contains("Vis tallene som tabell", html);
        foreach (var chart in new[] { "visninger", "lesere" })
        {
            var rows = await comms.CsvAsync(chart);
            Assert.Equal(13, rows.Count);
            Assert.All(rows.Skip(1).SkipLast(1), r => Assert.True(TestCalls.Number(r[1]) > 0, $"{chart} {r[0]}"));
        }
        var search = await comms.CsvAsync("sok");
        Assert.Equal(["Søk", "Antall søk", "Uten treff"], search[0]);
        Assert.Equal("turnus", search[1][0]);
        Assert.Contains(await comms.CsvAsync("sok-uten-treff"), r => r[0] == "pensjon");
    }

    [Fact]
    public async Task Stories_submitted_published_and_the_median_time_to_a_decision()
    {
        StartOfNextMonth();
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var before = await comms.CsvAsync("historier");
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var story = await (await ansatt.PostJsonAsync("/api/stories", new
        {
            title = "Ny rutine som virket", body = "Vi prøvde noe nytt og det virket.", unit = "hjemmetjenesten",
            values = new[] { "losningsvillig" }, audience = "internal", imageIds = Array.Empty<string>(), submit = true,
        })).CreatedAsync();
        Clock.Advance(TimeSpan.FromDays(2));
        var review = await comms.PostJsonAsync($"/api/stories/{story.GetProperty("id").GetInt32()}/review", new { decision = "approve", comment = "Fin historie" });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);

        var after = await comms.CsvAsync("historier");
        Assert.Equal(Sum(before, 1) + 1, Sum(after, 1));
        Assert.Equal(Sum(before, 2) + 1, Sum(after, 2));
        Assert.Equal(2.0, TestCalls.Number((await comms.CsvAsync("behandlingstid"))[^1][1]));
        Assert.Equal(0.0, TestCalls.Number((await comms.CsvAsync("offentlige"))[^1][1]));
        // A story for the public published the same month: one of two → 50 %.
        var shared = await (await ansatt.PostJsonAsync("/api/stories", new
        {
            title = "Åpen dag på omsorgssenteret", body = "Naboene kom på besøk.", unit = "hjemmetjenesten", values = new[] { "tydelig" },
            audience = "public", consent = new { statement = "Alle på bildet samtykket muntlig til enhetsleder." }, imageIds = Array.Empty<string>(), submit = true,
        })).CreatedAsync();
        var sharedReview = await comms.PostJsonAsync($"/api/stories/{shared.GetProperty("id").GetInt32()}/review", new { decision = "approve" });
        Assert.Equal(HttpStatusCode.OK, sharedReview.StatusCode);
        Assert.Equal(50.0, TestCalls.Number((await comms.CsvAsync("offentlige"))[^1][1]));
        var units = await comms.CsvAsync("historier-enheter");
        Assert.Contains(units, r => r[0] == "Helse og omsorg – Hjemmetjenesten" && TestCalls.Number(r[1]) >= 1);
        Assert.Contains(units, r => r[0] == "Helse og omsorg (sektor)");

        // Reactions count on the month the story was published, comments on the month they were written.
        var engagement = await comms.CsvAsync("engasjement");
        var id = story.GetProperty("id").GetInt32();
        var url = await Factory.WithDbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => "/historier/" + a.Slug).FirstAsync());
        var reader = await Factory.SignedInClientAsync(DemoUsers.Nyansatt);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.PostFormAsync(url + "?handler=Applaus", new(), url)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.PostFormAsync(url + "?handler=Comment", new() { ["CommentText"] = "Så bra!" }, url)).StatusCode);
        var engagementAfter = await comms.CsvAsync("engasjement");
        Assert.Equal(TestCalls.Number(engagement[^1][1]) + 1, TestCalls.Number(engagementAfter[^1][1]));
        Assert.Equal(TestCalls.Number(engagement[^1][2]) + 1, TestCalls.Number(engagementAfter[^1][2]));
    }

    [Fact]
    public async Task Must_read_share_and_zero_result_searches_are_counted()
    {
        StartOfNextMonth();
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var created = await comms.PostJsonAsync("/api/news", new { title = "Les om brannøvelsen", body = "Viktig.", mustRead = true, units = new[] { "hjemmetjenesten" } });
        var url = created.Headers.Location!.OriginalString;
        await created.CreatedAsync();
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Equal(HttpStatusCode.Redirect, (await ansatt.PostFormAsync(url + "?handler=Confirm", new(), url)).StatusCode);
        // A query typed fewer than five times in the period is never listed (it could be a colleague's name).
        for (var i = 0; i < 4; i++) await ansatt.GetAsync("/api/search?q=zqxwvy");
        Assert.DoesNotContain(await comms.CsvAsync("sok-uten-treff"), r => r[0] == "zqxwvy");
        Assert.DoesNotContain(await comms.CsvAsync("sok"), r => r[0] == "zqxwvy");
        await ansatt.GetAsync("/api/search?q=zqxwvy");

        var recipients = await Factory.WithDbAsync(db => db.Users.CountAsync(u => u.Unit!.Slug == "hjemmetjenesten"));
        var row = Assert.Single(await comms.CsvAsync("lesebekreftelser-saker"), r => r[0] == "Les om brannøvelsen");
        Assert.Equal(Math.Round(100.0 / recipients, 1), TestCalls.Number(row[1]));
        Assert.Equal([recipients.ToString(), "1"], row[2..]);
        Assert.Equal(Math.Round(100.0 / recipients, 1), TestCalls.Number((await comms.CsvAsync("lesebekreftelser"))[^1][1]));
        Assert.Contains(await comms.CsvAsync("sok-uten-treff"), r => r[0] == "zqxwvy" && r[1] == "5");
    }

    [Fact]
    public async Task A_unit_leader_sees_only_their_units_and_an_employee_gets_403()
    {
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var html = System.Net.WebUtility.HtmlDecode(await leader.GetStringAsync("/innsikt"));
        Assert.Contains("Du ser tall for enhetene du leder:", html);
        Assert.Contains("<strong>Hjemmetjenesten</strong>", html);
        var units = await leader.CsvAsync("historier-enheter");
        Assert.All(units.Skip(1), r => Assert.StartsWith("Helse og omsorg", r[0]));
        Assert.DoesNotContain(units, r => r[0].Contains("Ringvik omsorgssenter"));

        var leaderViews = await leader.CsvAsync("visninger");
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var allViews = await comms.CsvAsync("visninger");
        Assert.True(leaderViews.Skip(1).Sum(r => TestCalls.Number(r[1])) < allViews.Skip(1).Sum(r => TestCalls.Number(r[1])));

        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        await ansatt.AssertForbiddenPageAsync("/innsikt");
        Assert.NotEqual(HttpStatusCode.OK, (await ansatt.GetAsync("/innsikt/eksport/visninger.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await comms.GetAsync("/innsikt/eksport/finnes-ikke.csv")).StatusCode);
    }

    [Fact]
    public async Task Every_figure_of_the_issue_has_numbers_on_the_seeded_year()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var html = await comms.GetStringAsync("/innsikt");
        var keys = Regex.Matches(html, "/innsikt/eksport/([a-z0-9-]+)\\.csv").Select(m => m.Groups[1].Value).Distinct().Order().ToList();
        var questions = await Factory.WithDbAsync(db => db.Set<PulseQuestion>().Select(q => q.Id).ToListAsync());
        string[] reach = ["visninger", "mest-leste", "lesere", "lesere-enheter", "engasjement", "lesebekreftelser", "lesebekreftelser-saker"];
        string[] stories = ["historier", "historier-enheter", "behandlingstid", "offentlige"];
        string[] search = ["sok", "sok-uten-treff"];
        var pulse = questions.SelectMany(q => new[] { $"puls-{q}", $"puls-{q}-utvikling" });
        Assert.Equal(reach.Concat(stories).Concat(search).Concat(pulse).Order(), keys);
        var empty = new List<string>();
        foreach (var key in keys)
        {
            var rows = await comms.CsvAsync(key);
            if (!rows.Skip(1).Any(r => r.Skip(1).Any(c => c.Length > 0 && TestCalls.Number(c) != 0))) empty.Add(key);
        }
        Assert.Empty(empty);
        // A year of monthly readers, and every sector and unit with readers last month.
        var units = await comms.CsvAsync("lesere-enheter");
        Assert.Contains(units, r => r[0] == "Helse og omsorg (sektor)" && TestCalls.Number(r[1]) > 0);
        Assert.Contains(units, r => r[0] == "Helse og omsorg – Hjemmetjenesten" && TestCalls.Number(r[1]) > 0);
        var sector = units.First(r => r[0] == "Helse og omsorg (sektor)");
        var sectorUnits = units.Where(r => r[0].StartsWith("Helse og omsorg – ")).Sum(r => TestCalls.Number(r[1]));
        // The sector is the union of its units' sketches: about their sum (nobody in two units), within the error.
        Assert.InRange(TestCalls.Number(sector[1]), sectorUnits * 0.95, sectorUnits * 1.05);
    }

    [Fact]
    public async Task The_seeded_pulse_shows_no_unit_with_fewer_than_five_answers()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var question = await Factory.WithDbAsync(db => db.Set<PulseQuestion>().OrderBy(q => q.Id).FirstAsync());
        var round = await Factory.WithDbAsync(db => db.Set<PulseAnswerCount>().Where(c => c.QuestionId == question.Id).MaxAsync(c => c.Round));
        var perUnit = await Factory.WithDbAsync(db => db.Set<PulseAnswerCount>().Where(c => c.QuestionId == question.Id && c.Round == round)
            .GroupBy(c => c.UnitId).Select(g => new { UnitId = g.Key, Count = g.Sum(c => c.Count) })
            .Join(db.Units, g => g.UnitId, u => u.Id, (g, u) => new { u.Name, Sector = u.Parent!.Name, g.Count }).ToListAsync());
        var rows = await comms.CsvAsync($"puls-{question.Id}");
        Assert.Contains(perUnit, u => u.Count < 5);
        Assert.Contains(perUnit, u => u.Count >= 5 && rows.Any(r => r[0] == u.Name));
        foreach (var unit in perUnit.Where(u => u.Count < 5)) Assert.DoesNotContain(rows, r => r[0] == unit.Name);
        Assert.Contains(rows, r => r[0] == "Hele kommunen" && TestCalls.Number(r[2]) == perUnit.Sum(u => u.Count));
        NoGroupBelowFive.AssertNotDerivable(rows.Skip(1).Select(r => (r[0], int.Parse(r[2]))).ToList(),
            perUnit.ToDictionary(u => u.Name, u => u.Count), perUnit.ToDictionary(u => u.Name, u => u.Sector));
        var trend = await comms.CsvAsync($"puls-{question.Id}-utvikling");
        Assert.Equal(round + 2, trend.Count);
    }

    [Fact]
    public async Task The_demo_year_has_plausible_review_times_engagement_and_must_read_shares()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        // The stories step dates submissions and decisions from each story's publication: a few days, never negative.
        var reviewTimes = Values(await comms.CsvAsync("behandlingstid"), 1);
        Assert.True(reviewTimes.Count >= 6, $"{reviewTimes.Count} months with decisions");
        Assert.All(reviewTimes, d => Assert.InRange(d, 0.5, 14));
        Assert.True(reviewTimes.Distinct().Count() > 1);

        // Reactions by the month the item was published, comments by the month written: spread over the year.
        var engagement = await comms.CsvAsync("engasjement");
        var (reactions, comments) = (Values(engagement, 1), Values(engagement, 2));
        Assert.True(reactions.Count(r => r > 0) >= 6 && comments.Count(c => c > 0) >= 6, string.Join(" | ", engagement.Select(r => string.Join(";", r))));
        var start = new DateTimeOffset(Clock.UtcNow.Year, Clock.UtcNow.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-11);
        var applause = await Factory.WithDbAsync(db => db.Set<Stories.Models.StoryReaction>()
            .CountAsync(r => db.Articles.Any(a => a.Id == r.ArticleId && a.PublishedAt >= start)));
        var newsReactions = await Factory.WithDbAsync(db => db.Set<News.Models.NewsReaction>()
            .CountAsync(r => db.Articles.Any(a => a.Id == r.ArticleId && a.PublishedAt >= start)));
        Assert.True(applause >= 12 && newsReactions >= 8, $"{applause} applause, {newsReactions} news reactions");
        Assert.Equal(applause + newsReactions, reactions.Sum());

        // Must-read shares: several items over the year, each confirmed by some but (plausibly) not always all.
        var items = (await comms.CsvAsync("lesebekreftelser-saker")).Skip(1).ToList();
        Assert.True(items.Count >= 5, $"{items.Count} must-read items");
        Assert.All(items, r => Assert.InRange(int.Parse(r[3]), 1, int.Parse(r[2])));
        Assert.Contains(items, r => int.Parse(r[3]) < int.Parse(r[2]));
        Assert.All(Values(await comms.CsvAsync("lesebekreftelser"), 1), share => Assert.InRange(share, 30, 100));
        // Confirmations exist only for must-read items: the one record of who read what.
        Assert.False(await Factory.WithDbAsync(db => db.Set<News.Models.ReadConfirmation>()
            .AnyAsync(c => !db.Set<News.Models.NewsItem>().Any(n => n.ArticleId == c.ArticleId && n.MustRead))));
    }

    [Fact]
    public async Task Narrowed_to_a_sector_or_unit_the_story_figures_follow_it_month_by_month()
    {
        StartOfNextMonth();
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var sectorBefore = await comms.CsvAsync("historier", "helse-og-omsorg");
        var unitBefore = await comms.CsvAsync("historier", "hjemmetjenesten");
        var otherBefore = await comms.CsvAsync("historier", "oppvekst-og-kultur");
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        await (await ansatt.PostJsonAsync("/api/stories", new
        {
            title = "Nattevakten som ryddet medisinrommet", body = "Alt på plass til morgenvakten.", unit = "hjemmetjenesten",
            values = new[] { "tydelig" }, audience = "internal", imageIds = Array.Empty<string>(), submit = true,
        })).CreatedAsync();

        // This month's submissions: +1 for the unit and its sector, nothing for another sector; the months before stay.
        var sector = await comms.CsvAsync("historier", "helse-og-omsorg");
        var unit = await comms.CsvAsync("historier", "hjemmetjenesten");
        var other = await comms.CsvAsync("historier", "oppvekst-og-kultur");
        Assert.Equal(13, sector.Count);
        Assert.Equal(TestCalls.Number(sectorBefore[^1][1]) + 1, TestCalls.Number(sector[^1][1]));
        Assert.Equal(TestCalls.Number(unitBefore[^1][1]) + 1, TestCalls.Number(unit[^1][1]));
        Assert.Equal(otherBefore, other);
        Assert.Equal(sectorBefore[..^1], sector[..^1]);
        // The months add up: a unit never above its sector, the sector never above the whole municipality, and the
        // sector's months sum to its row in the period totals per sector and unit.
        var whole = await comms.CsvAsync("historier");
        for (var month = 1; month < 13; month++)
        {
            Assert.True(TestCalls.Number(unit[month][1]) <= TestCalls.Number(sector[month][1]), unit[month][0]);
            Assert.True(TestCalls.Number(sector[month][1]) <= TestCalls.Number(whole[month][1]), sector[month][0]);
        }
        Assert.True(Sum(sector, 1) > 0 && Sum(sector, 1) < Sum(whole, 1), $"{Sum(sector, 1)} of {Sum(whole, 1)}");
        var totals = await comms.CsvAsync("historier-enheter");
        Assert.Equal(Sum(sector, 1), TestCalls.Number(totals.Single(r => r[0] == "Helse og omsorg (sektor)")[1]));

        var html = System.Net.WebUtility.HtmlDecode(await comms.GetStringAsync("/innsikt?enhet=hjemmetjenesten"));
        Assert.Contains("Du ser tall for: <strong>Helse og omsorg – Hjemmetjenesten</strong>", html);
        Assert.Contains("<option value=\"hjemmetjenesten\" selected=\"selected\">", html);
        Assert.Contains("href=\"/innsikt/eksport/historier.csv?enhet=hjemmetjenesten\"", html);
        Assert.DoesNotContain("href=\"/innsikt/eksport/historier.csv\"", html);
    }

    [Fact]
    public async Task A_leader_cannot_narrow_to_a_unit_outside_their_own_and_odd_input_gets_a_message()
    {
        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var own = System.Net.WebUtility.HtmlDecode(await leader.GetStringAsync("/innsikt"));
        // The demo leader leads one unit: nothing to narrow to, so no filter.
        Assert.DoesNotContain("name=\"enhet\"", own);

        var outside = await leader.GetAsync("/innsikt?enhet=barnehagene");
        Assert.Equal(HttpStatusCode.OK, outside.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await outside.Content.ReadAsStringAsync());
        Assert.Contains("Fant ingen sektor eller enhet «barnehagene» blant dem du kan se tall for.", html);
        Assert.Contains("Du ser tall for enhetene du leder:", html);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/innsikt/eksport/historier.csv?enhet=barnehagene")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync("/innsikt/eksport/historier.csv?enhet=helse-og-omsorg")).StatusCode);
        Assert.Equal(await leader.CsvAsync("historier"), await leader.CsvAsync("historier", "hjemmetjenesten"));

        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var hostile = await comms.GetAsync("/innsikt?enhet=" + Uri.EscapeDataString("<script>alert(1)</script>' OR 1=1"));
        Assert.Equal(HttpStatusCode.OK, hostile.StatusCode);
        var body = await hostile.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)", body);
        Assert.Contains("Fant ingen sektor eller enhet", System.Net.WebUtility.HtmlDecode(body));
        Assert.Contains("Du ser tall for hele kommunen og alle enheter.", System.Net.WebUtility.HtmlDecode(body));
    }

    /// <summary>Moves the clock past the demo year, so the current month holds only what the test does.</summary>
    private void StartOfNextMonth()
    {
        var now = Clock.UtcNow;
        Clock.Set(new DateTimeOffset(now.Year, now.Month, 1, 9, 0, 0, TimeSpan.Zero).AddMonths(1));
    }

    private static List<double> Values(List<string[]> rows, int column) =>
        rows.Skip(1).Where(r => r[column].Length > 0).Select(r => TestCalls.Number(r[column])).ToList();

    private static double Sum(List<string[]> rows, int column) => rows.Skip(1).Sum(r => TestCalls.Number(r[column]));

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class DashboardTestsSqlite() : DashboardTests(DatabaseProvider.Sqlite);
public sealed class DashboardTestsPostgres() : DashboardTests(DatabaseProvider.Postgres);
