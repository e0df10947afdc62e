using System.Text.Json;

using PoliticalEvents.Serialization;

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
            ?? throw new UsageException($"{Shown.Path(outPath)}: cannot tell the format from the extension; use .json, .jsonl or .ndjson, or say --to json|jsonl.");
    }

    /// <summary>
    /// Opens an input for reading and works out its format: from <paramref name="declared"/>, else the extension, else
    /// (for standard input, a named pipe or a device, which have no useful name) the content.
    /// </summary>
    /// <remarks>A failure while reading the returned stream is a <see cref="FileAccessException"/> naming the input.</remarks>
    public static async Task<(Stream Stream, DataFormat Format)> OpenInputAsync(CliConsole console, string path, DataFormat? declared)
    {
        DataFormat? format = KnownFormat(console, path, declared);
        Stream stream = path == "-" ? FileErrors.GuardInput(console.In(), "standard input") : OpenFile(console, path);
        if (format is { } known)
        {
            return (stream, known);
        }

        // Only the start is read to tell the format, and then replayed: the input streams on.
        DetectedStream detected = await DatasetReader.DetectFormatAsync(stream).ConfigureAwait(false);
        return (detected.Stream, Of(detected.Format));
    }

    private static DataFormat Of(DatasetFormat format) => format == DatasetFormat.JsonLines ? DataFormat.Lines : DataFormat.Document;

    /// <summary>
    /// As <see cref="OpenInputAsync"/>, for a command that reads its input more than once: standard input and named pipes
    /// are copied to a scratch file first (<see cref="OpenSeekableAsync"/>). The stream is at its start.
    /// </summary>
    public static async Task<(Stream Stream, DataFormat Format)> OpenSeekableInputAsync(CliConsole console, string path, DataFormat? declared)
    {
        DataFormat? format = KnownFormat(console, path, declared);
        Stream stream = await OpenSeekableAsync(console, path).ConfigureAwait(false);
        if (format is { } known)
        {
            return (stream, known);
        }

        // The replaying stream detection returns is not needed: this input can be rewound. (Not disposed: it would close the input.)
        DatasetFormat detected = (await DatasetReader.DetectFormatAsync(stream).ConfigureAwait(false)).Format;
        stream.Position = 0;
        return (stream, Of(detected));
    }

    // The format said or named by the extension; null when the content must tell (standard input, a pipe or a device
    // without a known extension).
    private static DataFormat? KnownFormat(CliConsole console, string path, DataFormat? declared)
    {
        if (declared is not null || path == "-")
        {
            return declared;
        }

        if (FormatFromExtension(path) is { } named)
        {
            return named;
        }

        return FileIdentity.Of(console.Resolve(path)).Kind is FileKind.Fifo or FileKind.CharacterDevice ? null
            : throw new UsageException($"{Shown.Path(path)}: cannot tell the format from the extension; use .json, .jsonl or .ndjson, or say --from json|jsonl.");
    }

    /// <summary>
    /// Opens a file for reading (a regular file, or a named pipe such as a shell's <c>&lt;(…)</c>), turning every way it
    /// can fail into a usage error a person can act on. A failure while reading it later is a
    /// <see cref="FileAccessException"/> naming it.
    /// </summary>
    public static Stream OpenFile(CliConsole console, string path)
    {
        string full = console.Resolve(path);
        string shown = Shown.Path(path);
        try
        {
            if (Directory.Exists(full))
            {
                throw new UsageException($"{shown}: is a directory, not a file.");
            }

            // Not asynchronous: a named pipe cannot be read with asynchronous file I/O on every system.
            return FileErrors.GuardInput(new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024), path);
        }
        catch (FileNotFoundException)
        {
            throw new UsageException($"{shown}: no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new UsageException($"{shown}: no such directory.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"{shown}: permission denied.");
        }
        catch (IOException ex)
        {
            throw new UsageException($"{shown}: cannot be read: {FileErrors.Reason(ex)}.");
        }
    }

    /// <summary>
    /// Opens an input that a command reads more than once: a regular file as it is; standard input or a named pipe,
    /// which can be read only once, copied into a scratch file first (<see cref="SpoolAsync"/>). Rewound.
    /// </summary>
    public static async Task<Stream> OpenSeekableAsync(CliConsole console, string path)
    {
        Stream opened = path == "-" ? FileErrors.GuardInput(console.In(), "standard input") : OpenFile(console, path);
        if (opened.CanSeek)
        {
            return opened;
        }

        await using (opened.ConfigureAwait(false))
        {
            return await SpoolAsync(opened).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes an output that is kept only if <paramref name="write"/> says so at the end. A file is written to a
    /// temporary file next to it, moved over it when <paramref name="write"/> returns true and deleted otherwise;
    /// standard output and outputs written in place get a scratch copy, copied to them only when kept. Lets a command
    /// write while it still checks its input, and hold neither in memory.
    /// </summary>
    /// <returns>True when the output was kept.</returns>
    public static async Task<bool> WriteIfKeptAsync(CliConsole console, OutputTarget output, Func<Stream, Task<bool>> write)
    {
        if (output.Mode != OutputMode.Replace)
        {
            await using FileStream scratch = CreateScratch();
            if (!await write(scratch).ConfigureAwait(false))
            {
                return false;
            }

            scratch.Position = 0;
            await WriteAtomicallyAsync(console, output, scratch.CopyToAsync).ConfigureAwait(false);
            return true;
        }

        bool kept = false;
        await ReplaceAsync(output, async stream => kept = await write(stream).ConfigureAwait(false), () => kept).ConfigureAwait(false);
        return kept;
    }

    /// <summary>
    /// Creates a scratch file in the temporary directory (<c>TMPDIR</c>): readable by the current user only, and gone
    /// when closed or when the process ends, however it ends (<see cref="TempFiles.CreateScratch"/>). Scratch files
    /// hold records, which describe people in danger.
    /// </summary>
    public static FileStream CreateScratch() => TempFiles.CreateScratch();

    /// <summary>
    /// Copies a stream that can be read only once (standard input, a named pipe) into a scratch file
    /// (<see cref="CreateScratch"/>), rewound, for a command that reads its input more than once. The input is left open.
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
    /// Writes an output all or nothing (a regular file: into a temporary file next to it, moved over it only when
    /// complete, so a failure or a kill never leaves a half-written file); standard output and outputs written in place
    /// (devices, pipes) as it comes.
    /// </summary>
    public static async Task WriteAtomicallyAsync(CliConsole console, OutputTarget output, Func<Stream, Task> write)
    {
        switch (output.Mode)
        {
            case OutputMode.StandardOutput:
                Stream stdout = FileErrors.GuardOutput(console.Out, "standard output");
                await write(stdout).ConfigureAwait(false);
                await stdout.FlushAsync().ConfigureAwait(false);
                return;

            case OutputMode.Direct:
                Stream opened;
                try
                {
                    opened = new FileStream(output.Target!, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 64 * 1024);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw FileErrors.CannotBe(output.Path, "written", ex);
                }

                await using (Stream direct = FileErrors.GuardOutput(opened, output.Path))
                {
                    await write(direct).ConfigureAwait(false);
                    await direct.FlushAsync().ConfigureAwait(false);
                }

                return;

            default:
                await ReplaceAsync(output, write, static () => true).ConfigureAwait(false);
                return;
        }
    }

    // A regular file: a temporary file next to the target (after clearing polev's own leftovers there), held open with
    // FileShare.None (a lock a later run can test) until it has been moved over the target.
    private static async Task ReplaceAsync(OutputTarget output, Func<Stream, Task> write, Func<bool> keep)
    {
        string target = output.Target!;
        string directory = Path.GetDirectoryName(target)!;
        TempFiles.ClearStale(directory);
        string temporary = TempFiles.SiblingName(target);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 64 * 1024 };
        FileStream file;
        try
        {
            if (!OperatingSystem.IsWindows())
            {
                // Replacing a file keeps its permissions: a list someone made private stays private. A new file is
                // created as the user's umask says.
                options.UnixCreateMode = File.Exists(target) ? File.GetUnixFileMode(target) : null;
            }

            file = TempFiles.CreateFile(temporary, path => new FileStream(path, options));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw FileErrors.CannotBe(output.Path, "written", ex);
        }

        try
        {
            await using (Stream stream = FileErrors.GuardOutput(file, output.Path))
            {
                await write(stream).ConfigureAwait(false);
                await stream.FlushAsync().ConfigureAwait(false);
                if (keep() && !OperatingSystem.IsWindows())
                {
                    Commit(output, temporary, target); // still open, so still locked: a concurrent cleanup leaves it alone
                }
            }

            if (keep() && OperatingSystem.IsWindows())
            {
                Commit(output, temporary, target);
            }
        }
        finally
        {
            TempFiles.Delete(temporary);
        }
    }

    private static void Commit(OutputTarget output, string temporary, string target)
    {
        try
        {
            TempFiles.Commit(temporary, target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw FileErrors.CannotBe(output.Path, "written", ex);
        }
    }
}
