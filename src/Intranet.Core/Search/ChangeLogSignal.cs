namespace Intranet.Core.Search;

/// <summary>
/// An in-process nudge: whoever writes a change-log row pokes it, so the local search indexer polls at once
/// instead of waiting for its next tick. Other nodes still find the row by polling.
/// </summary>
public sealed class ChangeLogSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try { if (_signal.CurrentCount == 0) _signal.Release(); }
        catch (SemaphoreFullException) { }
    }

    /// <returns>True when nudged, false when the timeout passed.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
