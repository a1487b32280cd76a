using Microsoft.Extensions.Options;

namespace Intranet.Media.Services;

/// <summary>Bounds how many images are decoded at once, so parallel uploads queue instead of exhausting memory.</summary>
public sealed class ImageWorkLimiter(IOptions<MediaOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(Math.Max(1, options.Value.MaxConcurrentProcessing));

    public async Task<T> RunAsync<T>(Func<T> work, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return work();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
