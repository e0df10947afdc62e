namespace PoliticalEvents.Serialization;

/// <summary>
/// A read-only, forward-only stream that gives back bytes already read from another stream (to look at the start of
/// standard input) and then the rest of that stream, so the input is read once and never held whole.
/// </summary>
/// <param name="peeked">The bytes already read from <paramref name="rest"/>, in order.</param>
/// <param name="rest">The stream they came from, positioned just after them; disposed with this stream.</param>
internal sealed class ReplayStream(byte[] peeked, Stream rest) : Stream
{
    private int _position;

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        int replayed = Replay(buffer);
        return replayed > 0 || buffer.IsEmpty ? replayed : rest.Read(buffer);
    }

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int replayed = Replay(buffer.Span);
        return replayed > 0 || buffer.IsEmpty ? ValueTask.FromResult(replayed) : rest.ReadAsync(buffer, cancellationToken);
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Replay(Span<byte> buffer)
    {
        int count = Math.Min(buffer.Length, peeked.Length - _position);
        peeked.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }
}
