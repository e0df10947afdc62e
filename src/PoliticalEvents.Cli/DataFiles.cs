using System.Text.Json;

namespace PoliticalEvents.Cli;

/// <summary>The two forms a dataset file can take.</summary>
internal enum DataFormat
{
    /// <summary>A dataset document (<c>.json</c>).</summary>
    Document,

    /// <summary>JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>).</summary>
    Lines,
}

/// <summary>Opening inputs and outputs with messages a person can act on, and telling formats apart.</summary>
internal static class DataFiles
{
    /// <summary>The format an extension stands for: <c>.json</c> a document, <c>.jsonl</c> or <c>.ndjson</c> JSON Lines; null otherwise.</summary>
    public static DataFormat? FormatFromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => DataFormat.Document,
        ".jsonl" or ".ndjson" => DataFormat.Lines,
        _ => null,
    };

    /// <summary>The format named by <c>--from</c> or <c>--to</c>; null when the option was not given.</summary>
    /// <exception cref="UsageException">An unknown name.</exception>
    public static DataFormat? ParseFormatName(string? name) => name switch
    {
        null => null,
        "json" => DataFormat.Document,
        "jsonl" or "ndjson" => DataFormat.Lines,
        _ => throw new UsageException($"Unknown format '{name}': use json (a dataset document) or jsonl (JSON Lines)."),
    };

    /// <summary>
    /// The two positional arguments of a command that reads one dataset and writes another (convert, redact): the input
    /// and the output (either may be <c>-</c>), the input format if <c>--from</c> says it, and the output format from
    /// <c>--to</c> or the output's extension.
    /// </summary>
    /// <exception cref="UsageException">Not two positional arguments, standard output without <c>--to</c>, an unknown
    /// format name or extension.</exception>
    public static (string InPath, string OutPath, DataFormat? DeclaredIn, DataFormat OutFormat) InputAndOutput(CommandLine line, string command)
    {
        if (line.Positional.Count != 2)
        {
            throw new UsageException($"{command} needs an input and an output (either may be -). See polev {command} --help.");
        }

        (string inPath, string outPath) = (line.Positional[0], line.Positional[1]);
        DataFormat? declaredOut = ParseFormatName(line.Option("--to"));
        DataFormat? declaredIn = ParseFormatName(line.Option("--from"));
        return (inPath, outPath, declaredIn, OutputFormat(declaredOut, outPath, command));
    }

    /// <summary>The format to write: the one <c>--to</c> names (<paramref name="declared"/>), else the output's extension.</summary>
    /// <exception cref="UsageException">Standard output without <c>--to</c>, or an extension that names no format.</exception>
    public static DataFormat OutputFormat(DataFormat? declared, string outPath, string command)
    {
        if (declared is null && outPath == "-")
        {
            throw new UsageException($"Writing to standard output needs --to json|jsonl. See polev {command} --help.");
        }

        return declared
            ?? FormatFromExtension(outPath)
            ?? throw new UsageException($"{outPath}: cannot tell the format from the extension; use .json, .jsonl or .ndjson, or say --to json|jsonl.");
    }

    /// <summary>Opens an input for reading and works out its format: from <paramref name="declared"/>, else the extension, else (for stdin) the content.</summary>
    public static (Stream Stream, DataFormat Format) OpenInput(CliConsole console, string path, DataFormat? declared)
    {
        if (path == "-")
        {
            // Only the start of standard input is read to tell its format, and then replayed: the input streams on.
            Stream stdin = console.In();
            if (declared is { } said)
            {
                return (stdin, said);
            }

            (byte[] peeked, DataFormat sniffed) = Peek(stdin);
            return (new PeekedStream(peeked, stdin), sniffed);
        }

        DataFormat format = declared ?? FormatFromExtension(path)
            ?? throw new UsageException($"{path}: cannot tell the format from the extension; use .json, .jsonl or .ndjson, or say --from json|jsonl.");
        return (OpenFile(console, path), format);
    }

    /// <summary>Opens a file for reading, turning every way it can fail into a usage error a person can act on.</summary>
    public static FileStream OpenFile(CliConsole console, string path)
    {
        string full = console.Resolve(path);
        try
        {
            if (Directory.Exists(full))
            {
                throw new UsageException($"{path}: is a directory, not a file.");
            }

            return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        }
        catch (FileNotFoundException)
        {
            throw new UsageException($"{path}: no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new UsageException($"{path}: no such directory.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: permission denied.");
        }
        catch (IOException ex)
        {
            throw new UsageException($"{path}: cannot be read ({ex.Message}).");
        }
    }

    /// <summary>
    /// Reads the start of <paramref name="input"/> until its format is known (<see cref="Sniff"/>): usually the first
    /// non-blank line, often less. Memory holds only what was read, not the whole input.
    /// </summary>
    /// <returns>The bytes read, to be replayed before the rest of the input, and the format.</returns>
    internal static (byte[] Peeked, DataFormat Format) Peek(Stream input)
    {
        var peeked = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        while (true)
        {
            // Reading as much again as has been read keeps re-sniffing a long first line linear overall.
            if (chunk.Length < peeked.Length)
            {
                chunk = new byte[peeked.Length];
            }

            int read = input.Read(chunk);
            peeked.Write(chunk, 0, read);
            if (Sniff(peeked.GetBuffer().AsSpan(0, (int)peeked.Length), endOfInput: read == 0) is { } format)
            {
                return (peeked.ToArray(), format);
            }
        }
    }

    /// <summary>
    /// Tells JSON Lines from a document by the first non-blank line. A record or a JSON Lines header has a top-level
    /// <c>"type"</c>; a document has <c>"records"</c> and no <c>"type"</c>, and when indented its first line is an
    /// unfinished object. So: <c>"type"</c> before <c>"records"</c> means JSON Lines, <c>"records"</c> first means a
    /// document, and otherwise a complete object on one line means JSON Lines and anything else a document. A line
    /// that is malformed after its <c>"type"</c> still counts as JSON Lines, so its error is reported as the bad line it is.
    /// </summary>
    /// <param name="data">The start of the input.</param>
    /// <param name="endOfInput">True when <paramref name="data"/> is the whole input.</param>
    /// <returns>The format, or null when more of the input is needed to tell (never when <paramref name="endOfInput"/>).</returns>
    internal static DataFormat? Sniff(ReadOnlySpan<byte> data, bool endOfInput)
    {
        if (data.StartsWith("\uFEFF"u8))
        {
            data = data[3..];
        }
        else if (!endOfInput && "\uFEFF"u8.StartsWith(data))
        {
            return null; // perhaps a byte-order mark, cut short
        }

        while (true)
        {
            int newline = data.IndexOf((byte)'\n');
            if (newline < 0)
            {
                return endOfInput ? SniffLine(data, complete: true)
                    : data.Trim(" \t\r"u8).IsEmpty ? null
                    : SniffLine(data, complete: false);
            }

            ReadOnlySpan<byte> line = data[..newline];
            if (!line.Trim(" \t\r"u8).IsEmpty)
            {
                return SniffLine(line, complete: true);
            }

            data = data[(newline + 1)..];
        }
    }

    // Null only when the line is not complete and what there is of it does not tell.
    private static DataFormat? SniffLine(ReadOnlySpan<byte> line, bool complete)
    {
        DataFormat? unfinished = complete ? DataFormat.Document : null;
        var reader = new Utf8JsonReader(line, isFinalBlock: false, state: default);
        try
        {
            if (!reader.Read())
            {
                return unfinished;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return DataFormat.Document;
            }

            while (true)
            {
                if (!reader.Read())
                {
                    return unfinished;
                }

                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    return reader.TokenType == JsonTokenType.EndObject ? DataFormat.Lines : DataFormat.Document;
                }

                if (reader.ValueTextEquals("type"u8))
                {
                    return DataFormat.Lines;
                }

                if (reader.ValueTextEquals("records"u8))
                {
                    return DataFormat.Document;
                }

                // The value may be unfinished at the end of the line: then this is an indented document.
                if (!reader.Read() || !reader.TrySkip())
                {
                    return unfinished;
                }
            }
        }
        catch (JsonException)
        {
            return DataFormat.Document;
        }
    }

    /// <summary>Checks, before any work is done, that an output can be created: its directory exists and it is not a directory.</summary>
    /// <returns>The full path of the output.</returns>
    public static string CheckOutput(CliConsole console, string path)
    {
        string full = console.Resolve(path);
        if (Directory.Exists(full))
        {
            throw new UsageException($"{path}: is a directory, not a file.");
        }

        if (!Directory.Exists(Path.GetDirectoryName(full)))
        {
            throw new UsageException($"{path}: no such directory.");
        }

        return full;
    }

    /// <summary>
    /// Writes an output that is kept only if <paramref name="write"/> says so at the end: into a temporary file (next to
    /// the target, or in the temporary directory for standard output), moved over the target or copied to standard
    /// output when <paramref name="write"/> returns true, and deleted otherwise. Lets a command write while it still
    /// checks its input, and hold neither in memory.
    /// </summary>
    /// <returns>True when the output was kept.</returns>
    public static async Task<bool> WriteIfKeptAsync(CliConsole console, string path, Func<Stream, Task<bool>> write)
    {
        if (path == "-")
        {
            await using FileStream stream = CreateScratch();
            if (!await write(stream).ConfigureAwait(false))
            {
                return false;
            }

            stream.Position = 0;
            await stream.CopyToAsync(console.Out).ConfigureAwait(false);
            await console.Out.FlushAsync().ConfigureAwait(false);
            return true;
        }

        bool kept = false;
        await WriteAtomicallyAsync(console, path, async stream => kept = await write(stream).ConfigureAwait(false), () => kept).ConfigureAwait(false);
        return kept;
    }

    /// <summary>
    /// Creates a scratch file in the temporary directory (<c>TMPDIR</c>), deleted when closed and, on Unix, readable by
    /// the current user only: scratch files hold records, which describe people in danger.
    /// </summary>
    public static FileStream CreateScratch()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = 64 * 1024,
            Options = FileOptions.Asynchronous | FileOptions.DeleteOnClose,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(Path.Combine(Path.GetTempPath(), $"polev-{Guid.NewGuid():N}.tmp"), options);
    }

    /// <summary>
    /// Copies a stream that can be read only once (standard input) into a scratch file (<see cref="CreateScratch"/>),
    /// rewound, for a command that reads its input more than once. The input is left open.
    /// </summary>
    public static async Task<FileStream> SpoolAsync(Stream input)
    {
        FileStream scratch = CreateScratch();
        try
        {
            await input.CopyToAsync(scratch).ConfigureAwait(false);
            scratch.Position = 0;
            return scratch;
        }
        catch
        {
            await scratch.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Writes an output all or nothing: into a temporary file next to the target, moved over it only when complete,
    /// so a failure never leaves a half-written file behind. <c>-</c> writes to standard output.
    /// </summary>
    public static Task WriteAtomicallyAsync(CliConsole console, string path, Func<Stream, Task> write)
        => WriteAtomicallyAsync(console, path, write, static () => true);

    private static async Task WriteAtomicallyAsync(CliConsole console, string path, Func<Stream, Task> write, Func<bool> keep)
    {
        if (path == "-")
        {
            await write(console.Out).ConfigureAwait(false);
            await console.Out.FlushAsync().ConfigureAwait(false);
            return;
        }

        string full = CheckOutput(console, path);
        string directory = Path.GetDirectoryName(full)!;
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 64 * 1024, Options = FileOptions.Asynchronous };
            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                // Replacing a file keeps its permissions: a list someone made private stays private.
                options.UnixCreateMode = File.GetUnixFileMode(full);
            }

            await using (var stream = new FileStream(temporary, options))
            {
                await write(stream).ConfigureAwait(false);
            }

            if (keep())
            {
                File.Move(temporary, full, overwrite: true);
            }
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: permission denied.");
        }
        catch (IOException ex)
        {
            throw new UsageException($"{path}: cannot be written ({ex.Message}).");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
