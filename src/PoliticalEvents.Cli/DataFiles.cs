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
    public static DataFormat? FormatFromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => DataFormat.Document,
        ".jsonl" or ".ndjson" => DataFormat.Lines,
        _ => null,
    };

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
    /// JSON Lines when the first non-blank line is a complete JSON object on its own; a document otherwise
    /// (a document's first line is an unfinished object, or the whole document is one line with "records").
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
                return IsCompleteObjectWithoutRecords(line) ? DataFormat.Lines : DataFormat.Document;
            }

            data = data[(newline + 1)..];
        }
    }

    private static bool IsCompleteObjectWithoutRecords(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("records"u8))
                {
                    return false;
                }

                reader.Read();
                reader.Skip();
            }

            return reader.TokenType == JsonTokenType.EndObject;
        }
        catch (JsonException)
        {
            return false;
        }
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

        string full = console.Resolve(path);
        if (Directory.Exists(full))
        {
            throw new UsageException($"{path}: is a directory, not a file.");
        }

        string directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"{path}: no such directory.");
        }

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
