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

    /// <summary>Opens an input for reading and works out its format: from <paramref name="declared"/>, else the extension, else (for stdin) the content.</summary>
    public static (Stream Stream, DataFormat Format) OpenInput(CliConsole console, string path, DataFormat? declared)
    {
        if (path == "-")
        {
            var buffered = new MemoryStream();
            using (Stream stdin = console.In())
            {
                stdin.CopyTo(buffered);
            }

            buffered.Position = 0;
            return (buffered, declared ?? Sniff(buffered));
        }

        DataFormat format = declared ?? FormatFromExtension(path)
            ?? throw new UsageException($"{path}: cannot tell the format from the extension; use .json, .jsonl or .ndjson, or say --from json|jsonl.");
        string full = console.Resolve(path);
        try
        {
            if (Directory.Exists(full))
            {
                throw new UsageException($"{path}: is a directory, not a file.");
            }

            return (new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true), format);
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
    /// Tells JSON Lines from a document by the first non-blank line. A record or a JSON Lines header has a top-level
    /// <c>"type"</c>; a document has <c>"records"</c> and no <c>"type"</c>, and when indented its first line is an
    /// unfinished object. So: <c>"type"</c> before <c>"records"</c> means JSON Lines, <c>"records"</c> first means a
    /// document, and otherwise a complete object on one line means JSON Lines and anything else a document. A line
    /// that is malformed after its <c>"type"</c> still counts as JSON Lines, so its error is reported as the bad line it is.
    /// </summary>
    internal static DataFormat Sniff(MemoryStream input)
    {
        ReadOnlySpan<byte> data = input.GetBuffer().AsSpan(0, (int)input.Length);
        if (data.StartsWith("\uFEFF"u8))
        {
            data = data[3..];
        }

        while (true)
        {
            int newline = data.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = newline < 0 ? data : data[..newline];
            if (!line.Trim(" \t\r"u8).IsEmpty || newline < 0)
            {
                return SniffLine(line);
            }

            data = data[(newline + 1)..];
        }
    }

    private static DataFormat SniffLine(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: false, state: default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return DataFormat.Document;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
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
                    return DataFormat.Document;
                }
            }

            return reader.TokenType == JsonTokenType.EndObject ? DataFormat.Lines : DataFormat.Document;
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
    /// Writes an output all or nothing: into a temporary file next to the target, moved over it only when complete,
    /// so a failure never leaves a half-written file behind. <c>-</c> writes to standard output.
    /// </summary>
    public static async Task WriteAtomicallyAsync(CliConsole console, string path, Func<Stream, Task> write)
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
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await write(stream).ConfigureAwait(false);
            }

            File.Move(temporary, full, overwrite: true);
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
