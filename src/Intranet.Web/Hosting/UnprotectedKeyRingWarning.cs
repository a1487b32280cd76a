namespace Intranet.Web.Hosting;

/// <summary>Says loudly at start when the key ring in the database is stored without encryption.</summary>
internal sealed class UnprotectedKeyRingWarning(ILogger<UnprotectedKeyRingWarning> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        log.LogWarning("Data Protection keys are stored in the database WITHOUT encryption at rest. Set {Setting} (32 random bytes, base64) on every node; see docs/operations.md.",
            KeyEncryptionKey.Setting);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
