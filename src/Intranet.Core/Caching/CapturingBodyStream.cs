namespace Intranet.Core.Caching;

/// <summary>
/// Passes a response body through to the client and keeps a copy of it, up to a limit; a longer body is passed on
/// but not kept (<see cref="Overflowed"/>), so one unusual page never takes the page cache's memory. Whether a copy
/// is wanted at all is asked once, at the first write (by then routing and authentication have run), so responses
/// that will never be kept (API calls, images, feeds) are not copied.
/// </summary>
public sealed class CapturingBodyStream(Stream inner, int limit, Func<bool> wanted) : Stream
{
    private readonly MemoryStream _copy = new();
    private bool _asked;

    public bool Overflowed { get; private set; }

    public byte[] Captured => _copy.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Keep(buffer);
        inner.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (!_asked)
        {
            _asked = true;
            Overflowed = !wanted();
        }
        if (Overflowed) return;
        if (_copy.Length + bytes.Length > limit)
        {
            Overflowed = true;
            _copy.SetLength(0);
            return;
        }
        _copy.Write(bytes);
    }
}
