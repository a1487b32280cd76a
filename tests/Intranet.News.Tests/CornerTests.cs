using System.Net;
using System.Text.RegularExpressions;
using Intranet.Core.Data;
using Intranet.Corner.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.News.Tests;

public abstract partial class CornerTests(SharedIntranet host)
{
    protected IntranetFactory Factory => host.Factory;

    [Fact]
    public async Task Anonymous_question_is_answered_in_the_corner_without_a_name_or_any_stored_link_to_the_asker()
    {
        var question = "Hvorfor får vi ikke gratis kaffe? " + Guid.NewGuid().ToString("N")[..6];
        var answer = "Godt spørsmål. Fra neste måned får alle gratis kaffe.";
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        long auditBefore = await WithDb(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)) ?? 0;
        var ask = await ansatt.PostFormAsync("/hjornet/spor", new() { ["Text"] = question, ["Anonymous"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, ask.StatusCode);

        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var moderation = await ce.TextAsync("/hjornet/sporsmal");
        Assert.Contains(question, moderation);
        var id = int.Parse(QuestionId().Match(moderation).Groups[1].Value);
        var answered = await ce.PostFormAsync($"/hjornet/sporsmal?handler=Answer&id={id}", new() { ["Answer"] = answer }, "/hjornet/sporsmal");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var corner = await ansatt.TextAsync("/hjornet");
        Assert.Contains(question, corner);
        Assert.Contains(answer, corner);
        Assert.Contains("Spurt anonymt", corner);
        // The page's main content (the header names the signed-in reader, Kari Solberg, on every page).
        var main = corner[corner.IndexOf("<main", StringComparison.Ordinal)..corner.IndexOf("</main>", StringComparison.Ordinal)];
        Assert.DoesNotContain("Kari Solberg", main);

        await AssertNoLinkToAnsattAsync(id, auditBefore);
    }

    [Fact]
    public async Task The_corner_is_named_by_the_recipe_setting_in_both_written_standards()
    {
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        Assert.Contains("<h1>Kommunedirektørens hjørne</h1>", await ansatt.TextAsync("/hjornet?culture=nb"));
        Assert.Contains("<h1>Kommunedirektøren sitt hjørne</h1>", await ansatt.TextAsync("/hjornet?culture=nn"));
    }

    [Fact]
    public async Task Named_question_keeps_its_asker_and_a_declined_one_is_not_shown()
    {
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        await ansatt.PostFormAsync("/hjornet/spor", new() { ["Text"] = "Et spørsmål med navn", ["Anonymous"] = "false" });
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        var moderation = await ce.TextAsync("/hjornet/sporsmal");
        Assert.Contains("Kari Solberg", moderation);
        var id = int.Parse(QuestionId().Match(moderation).Groups[1].Value);
        await ce.PostFormAsync($"/hjornet/sporsmal?handler=Decline&id={id}", new(), "/hjornet/sporsmal");
        Assert.DoesNotContain("Et spørsmål med navn", await ansatt.TextAsync("/hjornet"));
        await ansatt.AssertForbiddenPageAsync("/hjornet/sporsmal");
    }

    [Fact]
    public async Task A_delegate_may_post_in_the_corner_after_the_chief_executive_grants_it()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        Assert.Equal(HttpStatusCode.Forbidden, (await comms.PostJsonAsync("/api/corner", new { title = "På vegne", body = "Tekst" })).StatusCode);
        var ce = await Factory.SignedInClientAsync(DemoUsers.Kommunedirektor);
        await ce.PostFormAsync("/hjornet/delegater?handler=Add", new() { ["UserName"] = DemoUsers.Kommunikasjon }, "/hjornet/delegater");
        var created = await comms.PostJsonAsync("/api/corner", new { title = "På vegne", body = "Tekst" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var page = await comms.TextAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("Publisert av Thomas Lie på vegne av kommunedirektøren", page); // by name, not the login name
    }

    private async Task AssertNoLinkToAnsattAsync(int questionId, long auditBefore)
    {
        await WithDb<object?>(async db =>
        {
            var ansatt = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == DemoUsers.Ansatt);
            string[] traces = [ansatt.Id, ansatt.UserName!, ansatt.DisplayName];
            var row = await db.Set<CornerQuestion>().AsNoTracking().SingleAsync(q => q.Id == questionId);
            Assert.Null(row.AskerId);
            Assert.Null(row.AskerName);
            Assert.Equal(TimeSpan.Zero, row.AskedAt.UtcDateTime.TimeOfDay);
            var rowText = string.Join("|", row.Text, row.Answer, row.AnsweredBy, row.AskerId, row.AskerName);
            var audits = await db.AuditEntries.AsNoTracking().Where(a => a.Id > auditBefore).ToListAsync();
            Assert.Contains(audits, a => a.EntityType == "corner-question" && a.Action == "ask" && a.UserName == "anonym" && a.UserId == null);
            var auditText = string.Join("|", audits.Select(a => $"{a.UserId}|{a.UserName}|{a.Details}|{a.EntityId}"));
            foreach (var trace in traces)
            {
                Assert.DoesNotContain(trace, rowText);
                Assert.DoesNotContain(trace, auditText);
            }
            return null;
        });
    }

    private async Task<T> WithDb<T>(Func<IntranetDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }

    [GeneratedRegex("id=\"q-(\\d+)\"")]
    private static partial Regex QuestionId();
}

public sealed class CornerTestsSqlite(SqliteIntranet host) : CornerTests(host), IClassFixture<SqliteIntranet>;

public sealed class CornerTestsPostgres(PostgresIntranet host) : CornerTests(host), IClassFixture<PostgresIntranet>;
