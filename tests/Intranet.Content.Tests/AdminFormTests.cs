using System.Net;
using Intranet.Core.Models;
using Intranet.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Intranet.Content.Tests;

public abstract class AdminFormTests(SharedIntranet host) : ContentTestBase(host)
{
    private static Dictionary<string, string> Fields(string title, string body) => new()
    {
        ["Form.Title"] = title,
        ["Form.Summary"] = "Ingress som ble skrevet",
        ["Form.Body"] = body,
        ["Form.Kind"] = "news",
        ["Form.Audience"] = "internal",
        ["Form.Language"] = "nn",
        ["Form.Tags"] = "vakt, turnus",
        ["Form.Values"] = "tydelig",
    };

    [Fact]
    public async Task Communications_staff_create_publish_and_delete_an_article()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/innhold")).StatusCode);

        var created = await client.PostFormAsync("/admin/innhold/ny", Fields("Nytt fra kantina", "Ny meny fra **mandag**."));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Headers.Location!.OriginalString;
        var article = await WithDbAsync(db => db.Articles.Include(a => a.Tags).Include(a => a.Values).SingleAsync(a => a.Title == "Nytt fra kantina"));
        Assert.Equal($"/admin/innhold/{article.Id}", editUrl);
        Assert.Equal(ArticleStatus.Draft, article.Status);
        Assert.Equal("nn", article.Language);
        Assert.Equal(["turnus", "vakt"], article.Tags.Select(t => t.Tag).Order());

        var published = await client.PostFormAsync($"{editUrl}?handler=Status", new() { ["status"] = "publish" }, editUrl);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(ArticleStatus.Published, await WithDbAsync(db => db.Articles.Where(a => a.Id == article.Id).Select(a => a.Status).SingleAsync()));

        var edited = await client.PostFormAsync(editUrl, Fields("Nytt fra kantina (rettet)", "Ny meny fra tirsdag."));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var history = await client.GetStringAsync($"{editUrl}/historikk");
        Assert.Contains("Gjenopprett versjon", history);
        Assert.Contains("Opprettet", history);
        Assert.Contains("Endret status", history);

        var deleted = await client.PostFormAsync($"{editUrl}/slett", new());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await WithDbAsync(db => db.Articles.AnyAsync(a => a.Id == article.Id)));
    }

    [Theory]
    [InlineData("deep")]
    [InlineData("long")]
    [InlineData("untitled")]
    public async Task Invalid_input_reshows_the_form_with_a_message_and_everything_typed(string which)
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var (title, body, expected) = which switch
        {
            "deep" => ("Dyp tekst", new string('>', 500) + " hei", "for mange nivåer"),
            "long" => ("Lang tekst", new string('a', 200_000), "Teksten er for lang"),
            _ => ("", "Tekst uten tittel", "Skriv en tittel."),
        };
        var response = await client.PostFormAsync("/admin/innhold/ny", Fields(title, body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(expected, html);
        Assert.Contains("error-summary", html);
        Assert.Contains("Ingress som ble skrevet", html);
        Assert.Contains("vakt, turnus", html);
        if (title.Length > 0) Assert.Contains($"value=\"{title}\"", html);
        Assert.Equal(0, await WithDbAsync(db => db.Articles.CountAsync(a => a.Summary == "Ingress som ble skrevet")));
    }

    [Fact]
    public async Task Bad_dates_and_units_are_field_messages_not_errors()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var fields = Fields("Datotest", "Tekst.");
        fields["Form.PublishAt"] = "i morgen";
        fields["Form.UnitId"] = "<script>";
        var response = await client.PostFormAsync("/admin/innhold/ny", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Skriv tidspunktet som dato og klokkeslett", html);
        Assert.Contains("Velg en enhet fra listen.", html);
    }

    [Fact]
    public async Task Employees_cannot_open_the_content_admin()
    {
        var client = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        var response = await client.GetAsync("/admin/innhold");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/feil/403", response.Headers.Location!.PathAndQuery);
    }
}

public sealed class AdminFormTestsSqlite(SqliteIntranet host) : AdminFormTests(host), IClassFixture<SqliteIntranet>;

public sealed class AdminFormTestsPostgres(PostgresIntranet host) : AdminFormTests(host), IClassFixture<PostgresIntranet>;
