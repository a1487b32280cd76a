using System.Net;
using System.Net.Http.Json;
using Intranet.Core.Cli;
using Intranet.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Intranet.Cluster.Tests;

/// <summary>
/// The real newsletter digest (`digest send`, the same run the background job does) started on two nodes of one
/// PostgreSQL database at the same moment, delivering to one real SMTP server on loopback: every recipient gets
/// exactly one mail. Nothing but the outbox's claims in the database stands between the two runs.
/// </summary>
public sealed class TwoNodeDigestTests : IDisposable
{
    // Monday 7 June 2027, 08:00 in Norway: inside the sending hours, and after all demo content.
    private readonly TestClock _clock = new(new DateTimeOffset(2027, 6, 7, 6, 0, 0, TimeSpan.Zero));
    private readonly SmtpTestServer _smtp = new SmtpTestServer().Start();
    private readonly PostgresTestDatabase _database = PostgresTestDatabase.Create();
    private readonly LiveIntranet _nodeA;
    private readonly LiveIntranet _nodeB;

    public TwoNodeDigestTests()
    {
        _nodeA = StartNode("node-a");
        _nodeB = StartNode("node-b");
    }

    private LiveIntranet StartNode(string nodeId) => new(_database.ConnectionString, f => f
        .UseClock(_clock)
        .With("Intranet:NodeId", nodeId)
        .With("Intranet:Newsletter:BackgroundSending", "false")
        .With("Intranet:Mail:Smtp:Host", "127.0.0.1")
        .With("Intranet:Mail:Smtp:Port", _smtp.Port.ToString()));

    [Fact]
    public async Task A_digest_run_triggered_on_both_nodes_at_once_sends_each_recipient_one_mail()
    {
        var comms = await _nodeA.TokenClientAsync(DemoUsers.Kommunikasjon);
        var created = await comms.PostAsJsonAsync("/api/news", new { title = "Ny turnusordning for alle", body = "Gjelder fra 1. juli.", units = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var start = new Barrier(2);
        var outputs = await Task.WhenAll(Task.Run(() => SendDigestAsync(_nodeA, start)), Task.Run(() => SendDigestAsync(_nodeB, start)));

        Assert.All(outputs, o => Assert.Equal(0, o.ExitCode));
        var received = _smtp.Received;
        Assert.True(received.Count >= 5, $"only {received.Count} mails: {string.Join(" | ", outputs.Select(o => o.Text))}");
        Assert.All(received, m => Assert.Contains("Ny turnusordning for alle", m.TextBody));
        var perRecipient = received.GroupBy(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.All(perRecipient, g => Assert.Single(g));

        var again = await SendDigestAsync(_nodeB, null);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(received.Count, _smtp.Received.Count);
    }

    private static async Task<(int ExitCode, string Text)> SendDigestAsync(LiveIntranet node, Barrier? start)
    {
        using var scope = node.Services.CreateScope();
        var command = scope.ServiceProvider.GetServices<ICliCommand>().Single(c => c.Verb == "digest send");
        var output = new StringWriter();
        start?.SignalAndWait(TimeSpan.FromSeconds(10));
        var exitCode = await command.RunAsync([], output, CancellationToken.None);
        return (exitCode, output.ToString());
    }

    public void Dispose()
    {
        _nodeA.Dispose();
        _nodeB.Dispose();
        _database.Dispose();
        _smtp.Dispose();
    }
}
