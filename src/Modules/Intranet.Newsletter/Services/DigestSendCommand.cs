using Intranet.Core.Cli;

namespace Intranet.Newsletter.Services;

/// <summary><c>digest send</c>: composes and sends the digests that are due now (and any queued mail).</summary>
internal sealed class DigestSendCommand(DigestRun run) : ICliCommand
{
    public string Verb => "digest send";

    public string Usage => "digest send   sender nyhetsbrevene som skal sendes nå";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        var report = await run.RunAsync(ct);
        await output.WriteLineAsync($"Nyhetsbrev: {report}");
        return report.Deferred > 0 || report.Unknown > 0 ? 2 : 0;
    }
}
