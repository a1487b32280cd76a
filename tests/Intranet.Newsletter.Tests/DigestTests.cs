using Intranet.Core.Data;
using Intranet.Newsletter.Models;
using Intranet.Newsletter.Services;
using Intranet.Testing;
using Intranet.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Xunit;

namespace Intranet.Newsletter.Tests;

/// <summary>
/// A host with a test clock and a real SMTP server on loopback; the digest job is off (tests run it by hand) unless
/// <c>background</c> is set, and then it checks every second.
/// </summary>
public abstract class DigestHost : IDisposable
{
    public const string Kari = "kari.solberg@ringvik.kommune.no";
    public const string Ingrid = "ingrid.myklebust@ringvik.kommune.no";

    // Monday 7 June 2027, 08:00 in Norway: long after the demo content, so only what a test publishes is new.
    protected readonly TestClock Clock = new(new DateTimeOffset(2027, 6, 7, 6, 0, 0, TimeSpan.Zero));
    protected readonly SmtpTestServer Smtp = new SmtpTestServer().Start();
    protected readonly IntranetFactory Factory;

    protected DigestHost(DatabaseProvider provider, bool smtp, bool background = false)
    {
        Factory = new IntranetFactory(provider).UseClock(Clock)
            .With("Intranet:PublicUrl", "https://intranett.ringvik.test");
        if (background) Factory.With("Intranet:Jobs:newsletter.digest:CheckInterval", "00:00:01");
        else Factory.With("Intranet:Newsletter:BackgroundSending", "false");
        if (smtp) Factory.With("Intranet:Mail:Smtp:Host", "127.0.0.1").With("Intranet:Mail:Smtp:Port", Smtp.Port.ToString());
    }

    protected async Task<DeliveryReport> RunDigestAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DigestRun>().RunAsync();
    }

    protected async Task<List<OutboxMessage>> RowsAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IntranetDbContext>().Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    protected async Task<HttpClient> PublishNewsAsync(params object[] items)
    {
        var comms = await Factory.SignedInClientAsync(DemoUsers.Kommunikasjon);
        foreach (var item in items) await comms.CreateNewsAsync(item);
        return comms;
    }

    protected static string Text(MimeMessage m) => m.TextBody ?? "";

    protected async Task<T> WithDbAsync<T>(Func<IntranetDbContext, Task<T>> work)
    {
        using var scope = Factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<IntranetDbContext>());
    }

    protected Task<OutboxMessage> RowForAsync(string address) =>
        WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.ToAddress == address).OrderByDescending(m => m.Id).FirstAsync());

    public void Dispose()
    {
        Factory.Dispose();
        Smtp.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The digest end to end: a real SMTP conversation on loopback, the outbox rows, retries and frequency.</summary>
public abstract class DigestTests(DatabaseProvider provider) : DigestHost(provider, smtp: true)
{
    [Fact]
    public async Task A_digest_arrives_over_smtp_with_the_right_items_and_a_second_run_sends_nothing()
    {
        await PublishNewsAsync(
            new { title = "Kantina får ny meny", body = "Fra mandag.", units = Array.Empty<string>() },
            new { title = "Viktig: ny beredskapsplan", body = "Les og bekreft.", mustRead = true, units = Array.Empty<string>() },
            new { title = "Nytt fra hjemmetjenesten", body = "Nye ruter.", units = new[] { "hjemmetjenesten" } });

        var first = await RunDigestAsync();

        Assert.True(first.Sent >= 5, first.ToString());
        var kari = Assert.Single(Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Kari));
        Assert.Equal("Nytt på intranettet siden sist", kari.Subject);
        var text = Text(kari);
        var mustRead = text.IndexOf("Viktig: ny beredskapsplan", StringComparison.Ordinal);
        var unit = text.IndexOf("Nytt fra hjemmetjenesten", StringComparison.Ordinal);
        var canteen = text.IndexOf("Kantina får ny meny", StringComparison.Ordinal);
        Assert.True(mustRead >= 0 && unit > mustRead && canteen > unit, text);
        Assert.Contains("https://intranett.ringvik.test/nyheter/", text);
        Assert.Contains("https://intranett.ringvik.test/profil/nyhetsbrev", kari.HtmlBody);
        Assert.Contains("<https://intranett.ringvik.test/profil/nyhetsbrev>", kari.Headers["List-Unsubscribe"]);

        var ingrid = Assert.Single(Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Ingrid));
        Assert.Equal("Nytt på intranettet sidan sist", ingrid.Subject);
        Assert.Contains("Nyheiter", Text(ingrid));

        var count = Smtp.Received.Count;
        var second = await RunDigestAsync();
        Assert.Equal(0, second.Sent + second.Composed);
        Assert.Equal(count, Smtp.Received.Count);

        Clock.Advance(TimeSpan.FromDays(7));
        await RunDigestAsync();
        Assert.Equal(count, Smtp.Received.Count);
        Assert.All(Smtp.Received.GroupBy(m => m.To.Mailboxes.First().Address), g => Assert.Single(g));
    }

    [Fact]
    public async Task A_server_that_goes_away_mid_run_is_retried_with_back_off_and_everyone_gets_exactly_one()
    {
        await PublishNewsAsync(new { title = "Ny turnusordning", body = "Gjelder alle.", units = Array.Empty<string>() });
        Smtp.StopAfter = 1;
        var start = Clock.UtcNow;

        var first = await RunDigestAsync();

        Assert.Equal(1, first.Sent);
        Assert.Single(Smtp.Received);
        var waiting = (await RowsAsync()).Where(r => r.Status == OutboxStatus.Pending).ToList();
        Assert.True(waiting.Count >= 4);
        Assert.All(waiting, r => Assert.Equal((1, start.AddMinutes(1)), (r.Attempts, r.NextAttemptAt)));

        Assert.Equal(0, (await RunDigestAsync()).Deferred); // not due yet: nothing is tried
        Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await RunDigestAsync();
        Assert.Equal(waiting.Count, second.Deferred);
        Assert.All((await RowsAsync()).Where(r => r.Status == OutboxStatus.Pending),
            r => Assert.Equal((2, Clock.UtcNow.AddMinutes(2)), (r.Attempts, r.NextAttemptAt)));

        Smtp.StopAfter = null;
        Smtp.Start();
        Clock.Advance(TimeSpan.FromMinutes(2));
        var third = await RunDigestAsync();

        Assert.Equal(waiting.Count, third.Sent);
        var rows = await RowsAsync();
        var sent = rows.Where(r => r.Status == OutboxStatus.Sent).ToList();
        Assert.Equal(waiting.Count + 1, sent.Count);
        Assert.DoesNotContain(rows, r => r.Status is OutboxStatus.Pending or OutboxStatus.Sending or OutboxStatus.Unknown);
        Assert.Equal(sent.Count, Smtp.Received.Count);
        Assert.All(sent, r => Assert.Equal(1, Smtp.CountFor(r.ToAddress)));
        Assert.Equal(0, (await RunDigestAsync()).Sent);
    }

    [Fact]
    public async Task Nothing_new_means_no_mail_only_an_empty_record()
    {
        var report = await RunDigestAsync();

        Assert.Equal(0, report.Sent);
        Assert.Empty(Smtp.Received);
        var rows = await RowsAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Empty, r.Status));
    }

    [Fact]
    public async Task Frequency_off_means_no_digest_unless_communications_force_important_items()
    {
        var ansatt = await Factory.SignedInClientAsync(DemoUsers.Ansatt);
        await ansatt.PostFormAsync("/profil/nyhetsbrev", new() { ["Frequency"] = "Off" });
        Assert.Contains("checked", (await ansatt.TextAsync("/profil/nyhetsbrev")).Split("frequency-off")[1][..80]);
        var comms = await PublishNewsAsync(new { title = "Sommeravslutning", body = "Velkommen!", units = Array.Empty<string>() });

        await RunDigestAsync();
        Assert.Equal(0, Smtp.CountFor(Kari));
        Assert.True(Smtp.Received.Count > 0);

        await comms.PostFormAsync("/admin/nyhetsbrev?handler=Settings", new() { ["ForceImportant"] = "true" }, "/admin/nyhetsbrev");
        Clock.Advance(TimeSpan.FromDays(7));
        await comms.CreateNewsAsync(new { title = "Viktig: nye rutiner for vikarer", body = "Må leses.", mustRead = true, units = Array.Empty<string>() });
        await comms.CreateNewsAsync(new { title = "Vanlig nyhet om parkering", body = "Til info.", units = Array.Empty<string>() });
        await RunDigestAsync();

        var forced = Assert.Single(Smtp.Received, m => m.To.Mailboxes.Any(b => b.Address == Kari));
        Assert.Contains("Viktig: nye rutiner for vikarer", Text(forced));
        Assert.DoesNotContain("parkering", Text(forced));
    }
}

public sealed class DigestTestsSqlite() : DigestTests(DatabaseProvider.Sqlite);

public sealed class DigestTestsPostgres() : DigestTests(DatabaseProvider.Postgres);
