using System.Net;
using Intranet.Insights.Models;
using Intranet.Insights.Pulse;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Intranet.Insights.Tests;

/// <summary>Communications staff edit pulse surveys; nothing may change the meaning of answers already given.</summary>
public abstract class PulseEditTests : IDisposable
{
    protected readonly TestClock Clock = new();
    protected readonly IntranetFactory Factory;

    protected PulseEditTests(DatabaseProvider provider) => Factory = new IntranetFactory(provider).UseClock(Clock);

    [Fact]
    public async Task Texts_in_bokmal_and_nynorsk_can_be_corrected_and_a_question_added_on_an_answered_survey()
    {
        var survey = await DemoSurveyAsync();
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var form = Form(survey);
        form["Input.Questions[0]"] = "Jeg er stolt av å jobbe i kommunen vår";
        form["Input.QuestionsNn[0]"] = "Eg er stolt av å jobbe i kommunen vår";
        form["Input.Questions[3]"] = "Jeg har det jeg trenger for å gjøre jobben";
        form["Input.Scales[3]"] = "OneToFive";
        var response = await comms.PostFormAsync($"/admin/puls/{survey.Id}/endre", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await LoadAsync(survey.Id);
        Assert.Equal(4, after.Questions.Count);
        var first = after.Questions.Single(q => q.Id == survey.Questions[0].Id);
        Assert.Equal(("Jeg er stolt av å jobbe i kommunen vår", "Eg er stolt av å jobbe i kommunen vår"), (first.Text, first.TextNn));
        // Same answers, same rounds: the answers still belong to the corrected question.
        Assert.True(await Factory.WithDbAsync(db => db.Set<PulseAnswerCount>().AnyAsync(c => c.QuestionId == first.Id && c.Count > 0)));
        Assert.Equal(survey.StartsAt, after.StartsAt);

        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var nn = System.Net.WebUtility.HtmlDecode(await ansatt.GetStringAsync($"/puls/{survey.Id}?culture=nn"));
        Assert.Contains("<legend>Eg er stolt av å jobbe i kommunen vår</legend>", nn);
        Assert.Contains("<legend>Jeg har det jeg trenger for å gjøre jobben</legend>", nn);
        var nb = System.Net.WebUtility.HtmlDecode(await ansatt.GetStringAsync($"/puls/{survey.Id}?culture=nb"));
        Assert.Contains("<legend>Jeg er stolt av å jobbe i kommunen vår</legend>", nb);
    }

    [Fact]
    public async Task Changes_that_would_corrupt_answers_are_refused_by_the_field_with_everything_typed_kept()
    {
        var survey = await DemoSurveyAsync();
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var form = Form(survey);
        form["Input.Title"] = "Ny tittel som ikke skal lagres";
        form["Input.Scales[0]"] = "ZeroToTen";
        form["Input.Questions[1]"] = "";
        form["Input.StartsOn"] = "2020-01-01";
        form["Input.RecurrenceMonths"] = "6";
        var response = await comms.PostFormAsync($"/admin/puls/{survey.Id}/endre", form);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Skalaen kan ikke endres fordi spørsmålet har svar.", html);
        Assert.Contains("Spørsmålet har svar og kan ikke fjernes.", html);
        Assert.Contains("Første runde kan ikke flyttes etter at noen har svart", html);
        Assert.Contains("Hvor ofte undersøkelsen gjentas kan ikke endres etter at noen har svart.", html);
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains("href=\"#Input_Scales_0_\"", html);
        Assert.Contains("value=\"Ny tittel som ikke skal lagres\"", html);
        Assert.Contains("value=\"2020-01-01\"", html);
        Assert.Contains("<option value=\"ZeroToTen\" selected=\"selected\">", html);

        var after = await LoadAsync(survey.Id);
        Assert.Equal((survey.Title, survey.StartsAt, survey.RecurrenceMonths, survey.OpenDays), (after.Title, after.StartsAt, after.RecurrenceMonths, after.OpenDays));
        Assert.Equal(survey.Questions.Select(q => (q.Id, q.Scale)), after.Questions.OrderBy(q => q.Order).Select(q => (q.Id, q.Scale)));
    }

    [Fact]
    public async Task A_closed_round_with_answers_cannot_be_reopened_but_an_open_one_can_be_closed_early()
    {
        var closed = await SurveyAsync(startedDaysAgo: 15, openDays: 14);
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var form = Form(closed);
        form["Input.OpenDays"] = "20";
        var html = System.Net.WebUtility.HtmlDecode(await (await comms.PostFormAsync($"/admin/puls/{closed.Id}/endre", form)).Content.ReadAsStringAsync());
        Assert.Contains("En runde som er lukket kan ikke åpnes igjen.", html);
        Assert.Equal(14, (await LoadAsync(closed.Id)).OpenDays);

        var open = await SurveyAsync(startedDaysAgo: 5, openDays: 14);
        form = Form(open);
        form["Input.OpenDays"] = "3";
        Assert.Equal(HttpStatusCode.Redirect, (await comms.PostFormAsync($"/admin/puls/{open.Id}/endre", form)).StatusCode);
        Assert.Equal(3, (await LoadAsync(open.Id)).OpenDays);
    }

    /// <summary>A one-round survey with one answered 1–5 question.</summary>
    private Task<PulseSurvey> SurveyAsync(int startedDaysAgo, int openDays) => Factory.WithDbAsync(async db =>
    {
        var survey = new PulseSurvey
        {
            Title = "Engangs", StartsAt = Clock.UtcNow.AddDays(-startedDaysAgo), OpenDays = openDays, RecurrenceMonths = 0, CreatedAt = Clock.UtcNow,
            Questions = [new PulseQuestion { Text = "Trives du?", Scale = PulseScale.OneToFive }],
        };
        db.Add(survey);
        await db.SaveChangesAsync();
        db.Add(new PulseAnswerCount { SurveyId = survey.Id, Round = 0, QuestionId = survey.Questions[0].Id, Value = 4, Count = 1 });
        await db.SaveChangesAsync();
        return survey;
    });


    [Fact]
    public async Task A_survey_nobody_answered_can_be_rescheduled_rescaled_paused_and_trimmed()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        await comms.PostFormAsync("/admin/puls", new()
        {
            ["Input.Title"] = "Utkast", ["Input.StartsOn"] = "2030-01-06", ["Input.OpenDays"] = "10", ["Input.RecurrenceMonths"] = "3",
            ["Input.Questions[0]"] = "Spørsmål én", ["Input.Questions[1]"] = "Spørsmål to",
        });
        var survey = await Factory.WithDbAsync(db => db.Set<PulseSurvey>().Include(s => s.Questions).FirstAsync(s => s.Title == "Utkast"));
        var form = Form(survey);
        form["Input.StartsOn"] = "2030-02-03";
        form["Input.RecurrenceMonths"] = "6";
        form["Input.Scales[0]"] = "ZeroToTen";
        form["Input.Questions[1]"] = "";
        form["Input.Active"] = "false";
        Assert.Equal(HttpStatusCode.Redirect, (await comms.PostFormAsync($"/admin/puls/{survey.Id}/endre", form)).StatusCode);

        var after = await LoadAsync(survey.Id);
        Assert.Equal(("2030-02-03", 6, false), (Intranet.Core.Time.OsloTime.ToInput(after.StartsAt)[..10], after.RecurrenceMonths, after.Active));
        var question = Assert.Single(after.Questions);
        Assert.Equal((survey.Questions[0].Id, PulseScale.ZeroToTen), (question.Id, question.Scale));

        Assert.Equal(HttpStatusCode.NotFound, (await comms.GetAsync("/admin/puls/999999/endre")).StatusCode);
        await (await Factory.SignedInClientAsync(DemoUsers.Ansatt)).AssertForbiddenPageAsync($"/admin/puls/{survey.Id}/endre");
        var page = System.Net.WebUtility.HtmlDecode(await comms.GetStringAsync($"/admin/puls/{survey.Id}/endre"));
        Assert.Contains("value=\"Spørsmål én\"", page);
    }

    /// <summary>The form as the edit page would post it unchanged.</summary>
    private static Dictionary<string, string> Form(PulseSurvey survey)
    {
        var input = PulseSurveyInput.From(survey);
        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = input.Title!, ["Input.Intro"] = input.Intro ?? "", ["Input.StartsOn"] = input.StartsOn!,
            ["Input.OpenDays"] = input.OpenDays.ToString(), ["Input.RecurrenceMonths"] = input.RecurrenceMonths.ToString(),
            ["Input.Active"] = input.Active ? "true" : "false",
        };
        for (var i = 0; i < PulseSurveyInput.QuestionSlots; i++)
        {
            if (input.QuestionIds[i] is int id) form[$"Input.QuestionIds[{i}]"] = id.ToString();
            form[$"Input.Questions[{i}]"] = input.Questions[i] ?? "";
            form[$"Input.QuestionsNn[{i}]"] = input.QuestionsNn[i] ?? "";
            form[$"Input.Scales[{i}]"] = input.Scales[i].ToString();
        }
        return form;
    }

    private async Task<PulseSurvey> DemoSurveyAsync()
    {
        var survey = await Factory.WithDbAsync(db => db.Set<PulseSurvey>().AsNoTracking().Include(s => s.Questions).FirstAsync(s => s.Title == "Medarbeiderpuls"));
        survey.Questions = survey.Questions.OrderBy(q => q.Order).ToList();
        return survey;
    }

    private Task<PulseSurvey> LoadAsync(int id) =>
        Factory.WithDbAsync(db => db.Set<PulseSurvey>().AsNoTracking().Include(s => s.Questions).FirstAsync(s => s.Id == id));

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class PulseEditTestsSqlite() : PulseEditTests(DatabaseProvider.Sqlite);
public sealed class PulseEditTestsPostgres() : PulseEditTests(DatabaseProvider.Postgres);
