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

        // A fifth answer shows the unit; the sector would now reveal the other unit's 3 by subtraction, so it is held back.
        await AnswerAsync(survey, question, "hjemmetjenesten", 9);
        rows = await comms.CsvAsync($"puls-{question}");
        Assert.Contains(rows, r => r[0] == "Hjemmetjenesten" && r[2] == "5");
        Assert.DoesNotContain(rows, r => r[0] == "Helse og omsorg (sektor)");
        Assert.Contains(rows, r => r[0] == "Hele kommunen" && r[2] == "8");
    }

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
        var answersBefore = await Factory.WithDbAsync(db => db.Set<PulseAnswer>().CountAsync(a => a.SurveyId == survey.Id));

        var incomplete = await ansatt.PostFormAsync(url, new() { [$"q{survey.Questions[0].Id}"] = "4" });
        Assert.Equal(HttpStatusCode.OK, incomplete.StatusCode);
        Assert.Contains("Velg et svar.", System.Net.WebUtility.HtmlDecode(await incomplete.Content.ReadAsStringAsync()));
        var fields = survey.Questions.ToDictionary(q => $"q{q.Id}", q => q.Scale == PulseScale.ZeroToTen ? "9" : "4");
        Assert.Equal(HttpStatusCode.Redirect, (await ansatt.PostFormAsync(url, new(fields))).StatusCode);
        await ansatt.PostFormAsync(url, new(fields));

        Assert.Equal(answersBefore + survey.Questions.Count, await Factory.WithDbAsync(db => db.Set<PulseAnswer>().CountAsync(a => a.SurveyId == survey.Id)));
        var userId = await Factory.WithDbAsync(db => db.Users.Where(u => u.UserName == DemoUsers.Ansatt).Select(u => u.Id).FirstAsync());
        Assert.True(await Factory.WithDbAsync(db => db.Set<PulseHasAnswered>().AnyAsync(h => h.SurveyId == survey.Id && h.UserId == userId)));
        Assert.Contains("Du har allerede svart", System.Net.WebUtility.HtmlDecode(await ansatt.GetStringAsync(url)));
        Assert.DoesNotContain($"href=\"{url}\"", await ansatt.GetStringAsync("/"));
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
        foreach (var v in values) db.Add(new PulseAnswer { Id = Guid.NewGuid(), SurveyId = survey, Round = 0, QuestionId = question, UnitId = unitId, Value = v });
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
