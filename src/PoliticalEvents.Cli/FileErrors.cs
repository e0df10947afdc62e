using System.Globalization;
using System.Text;

namespace PoliticalEvents.Cli;

/// <summary>
/// A file named on the command line (an input or an output) could not be read or written: ends the command with exit
/// code 2 and one line that names the file and says why in polev's own words.
/// </summary>
/// <param name="message">The whole message, without the leading <c>polev: </c>.</param>
/// <param name="inner">The system's exception.</param>
internal sealed class FileAccessException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// The reasons a file operation fails, said in polev's own words from the error's kind and number (the system's
/// texts are never passed on: the messages of other code may quote what they were given).
/// </summary>
internal static class FileErrors
{
    /// <summary>Why <paramref name="ex"/> happened, as a phrase: <c>no space left on the device</c>, <c>permission denied</c>.</summary>
    public static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such directory",
        PathTooLongException => "the path is too long",
        IOException io when OperatingSystem.IsLinux() => LinuxErrno(io.HResult),
        IOException io when OperatingSystem.IsWindows() => WindowsError(io.HResult),
        _ => "an input/output error",
    };

    /// <summary>True when <paramref name="ex"/> says a device or quota is full.</summary>
    public static bool IsFull(Exception ex)
        => ex is IOException io && (OperatingSystem.IsLinux() ? io.HResult is 28 or 122 : OperatingSystem.IsWindows() && (io.HResult & 0xFFFF) is 0x70 or 0x27);

    /// <summary>Wraps an input stream so that a failure while reading it names the input.</summary>
    public static Stream GuardInput(Stream stream, string path) => new GuardedStream(stream, Shown.Path(path), "read");

    /// <summary>Wraps an output stream so that a failure while writing it names the output.</summary>
    public static Stream GuardOutput(Stream stream, string path) => new GuardedStream(stream, Shown.Path(path), "written");

    /// <summary>The exception for <paramref name="path"/> that cannot be <paramref name="verb"/> (<c>read</c>, <c>written</c>).</summary>
    public static FileAccessException CannotBe(string path, string verb, Exception inner)
        => new($"{Shown.Path(path)}: cannot be {verb}: {Reason(inner)}.", inner);

    // errno values of Linux (asm-generic/errno-base.h, errno.h); .NET puts errno in IOException.HResult on Unix.
    private static string LinuxErrno(int errno) => errno switch
    {
        1 or 13 => "permission denied",
        2 => "no such file or directory",
        5 => "an input/output error of the device",
        6 or 19 => "no such device",
        11 => "the file is in use by another process",
        16 or 26 => "the file is busy",
        20 => "a part of the path is not a directory",
        21 => "it is a directory",
        23 or 24 => "too many open files",
        27 => "the file is too large for the file system",
        28 => "no space left on the device",
        30 => "the file system is read-only",
        32 => "the other end of the pipe was closed",
        36 => "the name is too long",
        40 => "too many levels of symbolic links",
        122 => "the disk quota is exceeded",
        _ => string.Create(CultureInfo.InvariantCulture, $"an input/output error (errno {errno})"),
    };

    private static string WindowsError(int hresult) => (hresult & 0xFFFF) switch
    {
        0x05 => "permission denied",
        0x20 or 0x21 => "the file is in use by another process",
        0x27 or 0x70 => "no space left on the device",
        _ => string.Create(CultureInfo.InvariantCulture, $"an input/output error (0x{hresult:X8})"),
    };

    /// <summary>A stream that turns a failure of the file behind it into a <see cref="FileAccessException"/> naming that file.</summary>
    private sealed class GuardedStream(Stream inner, string shown, string verb) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => Guard(() => inner.Length);

        public override long Position { get => Guard(() => inner.Position); set => Guard(() => inner.Position = value); }

        public override void Flush() => Guard(() => { inner.Flush(); return 0; });

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            try
            {
                await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Fail(ex);
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => Guard(() => inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer)
        {
            try
            {
                return inner.Read(buffer);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Fail(ex);
            }
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Fail(ex);
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                inner.Write(buffer);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Fail(ex);
            }
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Fail(ex);
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override long Seek(long offset, SeekOrigin origin) => Guard(() => inner.Seek(offset, origin));

        public override void SetLength(long value) => Guard(() => { inner.SetLength(value); return 0; });

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Guard(() => { inner.Dispose(); return 0; });
            }

            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            try
            {
                await inner.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Fail(ex);
            }

            await base.DisposeAsync().ConfigureAwait(false);
        }

        private T Guard<T>(Func<T> action)
        {
            try
            {
                return action();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Fail(ex);
            }
        }

        private FileAccessException Fail(Exception ex) => new($"{shown}: cannot be {verb}: {Reason(ex)}.", ex);
    }
}

/// <summary>How polev shows a file name in a message: as given, with control characters escaped, so that one finding is one line.</summary>
internal static class Shown
{
    /// <summary>The path as typed, except that control characters and line separators are written as escapes (<c>\n</c>, <c>\x1B</c>, <c>\u2028</c>); <c>-</c> stays <c>-</c>.</summary>
    public static string Path(string path) => OneLine(path);

    /// <summary>The text with control characters and line separators written as escapes, so that it prints as one line.</summary>
    public static string OneLine(string path)
    {
        if (!path.Any(NeedsEscape))
        {
            return path;
        }

        var text = new StringBuilder(path.Length + 8);
        foreach (char c in path)
        {
            if (!NeedsEscape(c))
            {
                text.Append(c);
                continue;
            }

            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < '\x80' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
            });
        }

        return text.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';
}
