namespace Intranet.Search.Indexing;

/// <summary>Rows applied beyond the cursor while waiting for a gap to close, so they are not applied twice.</summary>
public sealed class AppliedRows
{
    private readonly HashSet<long> _ids = [];
    private readonly Lock _lock = new();

    public bool Contains(long id)
    {
        lock (_lock) return _ids.Contains(id);
    }

    public void Add(IEnumerable<long> ids, long cursor)
    {
        lock (_lock)
        {
            foreach (var id in ids) _ids.Add(id);
            _ids.RemoveWhere(id => id <= cursor);
        }
    }

    public void Clear()
    {
        lock (_lock) _ids.Clear();
    }
}
