using System.Net;
using Intranet.Insights.Models;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Intranet.Insights.Tests;

/// <summary>Pulse survey: one anonymous answer per person and round, and the k ≥ 5 rule on results.</summary>
public abstract class PulseTests : IDisposable
{
    protected readonly TestClock Clock = new();
    protected readonly IntranetFactory Factory;

    protected PulseTests(DatabaseProvider provider) => Factory = new IntranetFactory(provider).UseClock(Clock);

    [Fact]
    public async Task Four_answers_in_a_unit_are_not_shown_for_the_unit_but_in_the_sector()
    {
        var (survey, question) = await ClosedSurveyAsync();
        await AnswerAsync(survey, question, "hjemmetjenesten", 10, 10, 9, 3);
        await AnswerAsync(survey, question, "ringvik-omsorgssenter", 8, 10, 2);
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);

        var rows = await comms.CsvAsync($"puls-{question}");
        Assert.Equal(["Gruppe", "eNPS", "Antall svar"], rows[0]);
        Assert.DoesNotContain(rows, r => r[0] == "Hjemmetjenesten" || r[0] == "Ringvik omsorgssenter");
        // 7 answers: promoters 10, 10, 9, 10 (4 = 57 %), detractors 3, 2 (2 = 29 %) → eNPS 29.
        Assert.Contains(rows, r => r[0] == "Helse og omsorg (sektor)" && r[1] == "29" && r[2] == "7");
        Assert.Contains(rows, r => r[0] == "Hele kommunen" && r[2] == "7");

        var leader = await Factory.SignedInClientAsync(DemoUsers.Enhetsleder);
        var leaderRows = await leader.CsvAsync($"puls-{question}");
        Assert.Equal("Helse og omsorg (sektor)", Assert.Single(leaderRows.Skip(1))[0]);

        // A fifth answer: showing the unit (5) next to the sector or the municipality (8) would reveal the other
        // unit's 3 answers by subtraction, so the unit stays hidden and the sector and municipality are shown.
        await AnswerAsync(survey, question, "hjemmetjenesten", 9);
        rows = await comms.CsvAsync($"puls-{question}");
        Assert.DoesNotContain(rows, r => r[0] == "Hjemmetjenesten" || r[0] == "Ringvik omsorgssenter");
        Assert.Contains(rows, r => r[0] == "Helse og omsorg (sektor)" && r[2] == "8");
        Assert.Contains(rows, r => r[0] == "Hele kommunen" && r[2] == "8");

        // Five in another sector's school and a sixth in the home care: the school and its sector are shown (nothing
        // else there); the home care (6) would again reveal the 3 next to its sector (9) or, with the other sector,
        // next to the municipality (14 − 5 − 6 = 3), so it stays hidden.
        await AnswerAsync(survey, question, "ringvik-skole", 7, 7, 8, 9, 10);
        await AnswerAsync(survey, question, "hjemmetjenesten", 6);
        rows = await comms.CsvAsync($"puls-{question}");
        Assert.Equal(["Ringvik barne- og ungdomsskole", "Helse og omsorg (sektor)", "Oppvekst og kultur (sektor)", "Hele kommunen"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["5", "9", "5", "14"], rows.Skip(1).Select(r => r[2]));
        NoGroupBelowFive.AssertNotDerivable(rows.Skip(1).Select(r => (r[0], int.Parse(r[2]))).ToList(),
            new() { ["Hjemmetjenesten"] = 6, ["Ringvik omsorgssenter"] = 3, ["Ringvik barne- og ungdomsskole"] = 5 }, DemoSectors);
    }

    private static readonly Dictionary<string, string> DemoSectors = new()
    {
        ["Hjemmetjenesten"] = "Helse og omsorg", ["Ringvik omsorgssenter"] = "Helse og omsorg", ["Ringvik barne- og ungdomsskole"] = "Oppvekst og kultur",
    };

    [Fact]
    public async Task An_open_round_shows_no_results_yet()
    {
        var (survey, question) = await ClosedSurveyAsync();
        await AnswerAsync(survey, question, "hjemmetjenesten", 10, 10, 10, 10, 10, 10);
        await Factory.WithDbAsync(db => db.Set<PulseSurvey>().Where(s => s.Id == survey)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.OpenDays, 30)));
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        Assert.Equal(HttpStatusCode.NotFound, (await comms.GetAsync($"/innsikt/eksport/puls-{question}.csv")).StatusCode);
    }

    [Fact]
    public async Task An_employee_answers_once_and_the_answer_is_stored_without_them()
    {
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var home = System.Net.WebUtility.HtmlDecode(await ansatt.GetStringAsync("/"));
        Assert.Contains("Medarbeiderpuls", home);
        var survey = await Factory.WithDbAsync(db => db.Set<PulseSurvey>().Include(s => s.Questions).FirstAsync(s => s.Title == "Medarbeiderpuls"));
        var url = $"/puls/{survey.Id}";
        var answersBefore = await CountedAsync(survey.Id);

        var incomplete = await ansatt.PostFormAsync(url, new() { [$"q{survey.Questions[0].Id}"] = "4" });
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Contains("Velg et svar.", System.Net.WebUtility.HtmlDecode(await incomplete.Content.ReadAsStringAsync()));
        var fields = survey.Questions.ToDictionary(q => $"q{q.Id}", q => q.Scale == PulseScale.ZeroToTen ? "9" : "4");
        Assert.Equal(HttpStatusCode.Redirect, (await ansatt.PostFormAsync(url, new(fields))).StatusCode);
        await ansatt.PostFormAsync(url, new(fields));

        Assert.Equal(answersBefore + survey.Questions.Count, await CountedAsync(survey.Id));
        var userId = await Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoUsers.Ansatt).Select(u => u.Id).FirstAsync());
        Assert.True(await Factory.WithDbAsync(db => db.Set<PulseHasAnswered>().AnyAsync(h => h.SurveyId == survey.Id && h.UserId == userId)));
        Assert.Contains("Du har allerede svart", System.Net.WebUtility.HtmlDecode(await ansatt.GetStringAsync(url)));
        Assert.DoesNotContain($"href=\"{url}\"", await ansatt.GetStringAsync("/"));
    }

    [Fact]
    public async Task Two_answers_only_raise_counters_of_the_unit_and_store_nothing_per_answer()
    {
        var survey = await Factory.WithDbAsync(db => db.Set<PulseSurvey>().AsNoTracking().Include(s => s.Questions).FirstAsync(s => s.Title == "Medarbeiderpuls"));
        var round = Insights.Pulse.PulseRounds.OpenRound(survey, Clock.UtcNow)!.Value;
        var unitId = await Factory.WithDbAsync(db => db.Units.Where(u => u.Slug == "hjemmetjenesten").Select(u => u.Id).FirstAsync());
        var questions = survey.Questions.OrderBy(q => q.Id).ToList();
        // ansatt: the top of every scale; nyansatt: the top of the first question, the bottom of the rest.
        var ansatt = questions.ToDictionary(q => q.Id, q => q.Scale.Max());
        var nyansatt = questions.ToDictionary(q => q.Id, q => q == questions[0] ? q.Scale.Max() : q.Scale.Min());
        foreach (var (user, values) in new[] { (DemoUsers.Ansatt, ansatt), (DemoUsers.Nyansatt, nyansatt) })
        {
            var client = await Factory.SignedInClientAsync(user);
            var response = await client.PostFormAsync($"/puls/{survey.Id}", values.ToDictionary(v => $"q{v.Key}", v => v.Value.ToString()));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var counters = await Factory.WithDbAsync(db => db.Set<PulseAnswerCount>().AsNoTracking().Where(c => c.SurveyId == survey.Id && c.Round == round).ToListAsync());
        // One counter per question and score of the unit — created whether chosen or not — and no other rows.
        var expected = questions.SelectMany(q => Enumerable.Range(q.Scale.Min(), q.Scale.Max() - q.Scale.Min() + 1)
            .Select(v => (q.Id, v, (ansatt[q.Id] == v ? 1 : 0) + (nyansatt[q.Id] == v ? 1 : 0)))).Order().ToList();
        Assert.All(counters, c => Assert.Equal(unitId, c.UnitId));
        Assert.Equal(expected, counters.Select(c => (c.QuestionId, c.Value, c.Count)).Order().ToList());

        await Factory.WithDbAsync(async db =>
        {
            const string table = "FROM \"PulseAnswerCounts\" WHERE \"SurveyId\" = {0} AND \"Round\" = {1}";
            if (db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal))
            {
                // Every answer rewrites all of the unit's counters: they share one transaction id, which says nothing
                // about which scores the last person chose, and it is not the transaction of their has-answered row.
                var xmins = await db.Database.SqlQueryRaw<string>("SELECT DISTINCT xmin::text AS \"Value\" " + table, survey.Id, round).ToListAsync();
                var marker = await db.Database.SqlQueryRaw<string>("SELECT xmin::text AS \"Value\" FROM \"PulseHasAnswered\" WHERE \"SurveyId\" = {0} AND \"Round\" = {1}", survey.Id, round).ToListAsync();
                Assert.Single(xmins);
                Assert.DoesNotContain(xmins[0], marker);
            }
            else
            {
                // The rows were created in key order, not in the order scores were chosen.
                var byRowid = await db.Database.SqlQueryRaw<int>("SELECT \"QuestionId\" * 16 + \"Value\" AS \"Value\" " + table + " ORDER BY rowid", survey.Id, round).ToListAsync();
                Assert.Equal(byRowid.Order(), byRowid);
            }
            return 0;
        });
    }

    [Fact]
    public async Task Communications_define_a_survey_and_invalid_input_is_shown_by_the_field()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var bad = await comms.PostFormAsync("/admin/puls", new() { ["Input.Title"] = "", ["Input.StartsOn"] = "ikke-dato", ["Input.OpenDays"] = "14", ["Input.RecurrenceMonths"] = "3" });
        var html = System.Net.WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Skriv en tittel.", html);
        Assert.Contains("Skriv minst ett spørsmål.", html);
        Assert.Contains("value=\"ikke-dato\"", html);

        var ok = await comms.PostFormAsync("/admin/puls", new()
        {
            ["Input.Title"] = "Kvartalspuls", ["Input.StartsOn"] = "2026-01-05", ["Input.OpenDays"] = "10", ["Input.RecurrenceMonths"] = "3",
            ["Input.Questions[0]"] = "Jeg trives", ["Input.Scales[0]"] = "OneToFive",
            ["Input.Questions[1]"] = "Anbefale?", ["Input.Scales[1]"] = "ZeroToTen",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var created = await Factory.WithDbAsync(db => db.Set<PulseSurvey>().Include(s => s.Questions).FirstAsync(s => s.Title == "Kvartalspuls"));
        Assert.Equal([PulseScale.OneToFive, PulseScale.ZeroToTen], created.Questions.OrderBy(q => q.Order).Select(q => q.Scale));
        await (await Factory.SignedInClientAsync(DemoUsers.Ansatt)).AssertForbiddenPageAsync("/admin/puls");
    }

    private Task<int> CountedAsync(int survey) =>
        Factory.WithDbAsync(db => db.Set<PulseAnswerCount>().Where(c => c.SurveyId == survey).SumAsync(c => c.Count));

    /// <summary>A one-round survey that closed yesterday, with one eNPS question.</summary>
    private Task<(int Survey, int Question)> ClosedSurveyAsync() => Factory.WithDbAsync(async db =>
    {
        var survey = new PulseSurvey
        {
            Title = "Test", StartsAt = Clock.UtcNow.AddDays(-15), OpenDays = 14, RecurrenceMonths = 0, CreatedAt = Clock.UtcNow,
            Questions = [new PulseQuestion { Text = "Anbefale kommunen?", Scale = PulseScale.ZeroToTen }],
        };
        db.Add(survey);
        await db.SaveChangesAsync();
        return (survey.Id, survey.Questions[0].Id);
    });

    private Task AnswerAsync(int survey, int question, string unit, params int[] values) => Factory.WithDbAsync(async db =>
    {
        var unitId = await db.Units.Where(u => u.Slug == unit).Select(u => u.Id).FirstAsync();
        foreach (var group in values.GroupBy(v => v))
        {
            var counter = await db.Set<PulseAnswerCount>().FirstOrDefaultAsync(c => c.SurveyId == survey && c.Round == 0 && c.QuestionId == question && c.UnitId == unitId && c.Value == group.Key);
            if (counter is null) db.Add(new PulseAnswerCount { SurveyId = survey, Round = 0, QuestionId = question, UnitId = unitId, Value = group.Key, Count = group.Count() });
            else counter.Count += group.Count();
        }
        return await db.SaveChangesAsync();
    });

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class PulseTestsSqlite() : PulseTests(DatabaseProvider.Sqlite);
public sealed class PulseTestsPostgres() : PulseTests(DatabaseProvider.Postgres);
