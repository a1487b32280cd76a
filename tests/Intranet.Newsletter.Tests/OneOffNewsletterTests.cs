using System.Net;
using Intranet.Newsletter.Models;
using Intranet.Newsletter.Services;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Newsletter.Tests;

/// <summary>/admin/nyhetsbrev: a test send reaches only its sender; the real send reaches everyone once, each with what they may read.</summary>
public abstract class OneOffNewsletterTests(DatabaseProvider provider) : DigestHost(provider, smtp: true)
{
    private const string Thomas = "thomas.lie@ringvik.kommune.no";
    private const string Subject = "Sommerhilsen fra kommunikasjon";

    private async Task<(HttpClient Comms, Dictionary<string, string> Fields)> DraftAsync()
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        var open = await comms.CreateNewsAsync(new { title = "Sommeråpent på biblioteket", body = "Hele juli.", units = Array.Empty<string>() });
        var closed = await comms.CreateNewsAsync(new { title = "Bare for barnehagene: planleggingsdag", body = "Lukket.", units = new[] { "barnehagene" }, restricted = true });
        return (comms, new() { ["Title"] = Subject, ["Intro"] = "God sommer!", ["ArticleIds[0]"] = open.ToString(), ["ArticleIds[1]"] = closed.ToString() });
    }

    private async Task<string> PostAsync(HttpClient comms, string handler, Dictionary<string, string> fields)
    {
        var response = await comms.PostFormAsync($"/admin/nyhetsbrev?handler={handler}", fields, "/admin/nyhetsbrev");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private async Task<DeliveryReport> DeliverAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MailOutbox>().DeliverDueAsync();
    }

    [Fact]
    public async Task A_test_send_goes_once_to_the_sender_only()
    {
        var (comms, fields) = await DraftAsync();

        var page = await PostAsync(comms, "Test", fields);

        Assert.Contains("Testen er sendt til deg.", page);
        var mail = Assert.Single(Smtp.Received);
        Assert.Equal(Thomas, mail.To.Mailboxes.Single().Address);
        Assert.Equal(Subject, mail.Subject);
        Assert.Contains("Sommeråpent på biblioteket", Text(mail));
        Assert.Contains("God sommer!", Text(mail));
        Assert.Equal(0, (await DeliverAsync()).Sent);
        Assert.Single(Smtp.Received);
        Assert.Empty(await WithDbAsync(db => db.Set<OneOffNewsletter>().ToListAsync()));
    }

    [Fact]
    public async Task Sending_to_all_delivers_once_per_recipient_with_only_the_articles_each_may_read()
    {
        var (comms, fields) = await DraftAsync();

        var page = await PostAsync(comms, "Send", fields);

        Assert.Contains("Nyhetsbrevet er lagt i kø til", page);
        Assert.Empty(Smtp.Received); // queued: the job (here: by hand) delivers
        var letter = Assert.Single(await WithDbAsync(db => db.Set<OneOffNewsletter>().ToListAsync()));
        var first = await DeliverAsync();

        Assert.True(letter.RecipientCount >= DemoUsers.All.Length, letter.RecipientCount.ToString());
        Assert.Equal(letter.RecipientCount, first.Sent);
        Assert.Equal(letter.RecipientCount, Smtp.Received.Count);
        Assert.All(Smtp.Received, m => Assert.Equal(Subject, m.Subject));
        Assert.All(Smtp.Received.GroupBy(m => m.To.Mailboxes.Single().Address), g => Assert.Single(g));
        var kari = Text(Assert.Single(Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Kari)));
        Assert.Contains("Sommeråpent på biblioteket", kari);
        Assert.DoesNotContain("planleggingsdag", kari);
        var thomas = Text(Assert.Single(Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Thomas)));
        Assert.Contains("Bare for barnehagene: planleggingsdag", thomas);

        Assert.Equal(0, (await DeliverAsync()).Sent);
        Assert.Equal(letter.RecipientCount, Smtp.Received.Count);
        Assert.All(await RowsAsync(), r => Assert.Equal((OutboxStatus.Sent, $"newsletter:{letter.Id}"), (r.Status, r.DedupKey)));
    }
}

public sealed class OneOffNewsletterTestsSqlite() : OneOffNewsletterTests(DatabaseProvider.Sqlite);

public sealed class OneOffNewsletterTestsPostgres() : OneOffNewsletterTests(DatabaseProvider.Postgres);
