using System.Text.Json;

namespace PoliticalEvents.Serialization;

/// <summary>Tells the two wire forms apart from the start of the input (<see cref="DatasetReader.DetectFormat"/>).</summary>
internal static class FormatSniffer
{
    /// <summary>
    /// Tells JSON Lines from a document by the first non-blank line. A record or a JSON Lines header has a top-level
    /// <c>"type"</c>; a document has <c>"records"</c> and no <c>"type"</c>, and when indented its first line is an
    /// unfinished object. So: <c>"type"</c> before <c>"records"</c> means JSON Lines, <c>"records"</c> first means a
    /// document, and otherwise a complete object on one line means JSON Lines and anything else a document. A line
    /// that is malformed after its <c>"type"</c> still counts as JSON Lines, so its error is reported as the bad line it is.
    /// </summary>
    /// <param name="data">The start of the input.</param>
    /// <param name="endOfInput">True when <paramref name="data"/> is the whole input.</param>
    /// <returns>The format, or <see cref="DatasetFormat.Detect"/> when more of the input is needed to tell (never when <paramref name="endOfInput"/>).</returns>
    internal static DatasetFormat Sniff(ReadOnlySpan<byte> data, bool endOfInput)
    {
        if (data.StartsWith("\uFEFF"u8))
        {
            data = data[3..];
        }
        else if (!endOfInput && "\uFEFF"u8.StartsWith(data))
        {
            return DatasetFormat.Detect; // perhaps a byte-order mark, cut short
        }

        while (true)
        {
            int newline = data.IndexOf((byte)'\n');
            if (newline < 0)
            {
                return endOfInput ? SniffLine(data, complete: true)
                    : data.Trim(" \t\r"u8).IsEmpty ? DatasetFormat.Detect
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

    // Detect only when the line is not complete and what there is of it does not tell.
    private static DatasetFormat SniffLine(ReadOnlySpan<byte> line, bool complete)
    {
        DatasetFormat unfinished = complete ? DatasetFormat.Document : DatasetFormat.Detect;
        var reader = new Utf8JsonReader(line, isFinalBlock: false, state: default);
        try
        {
            if (!reader.Read())
            {
                return unfinished;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return DatasetFormat.Document;
            }

            while (true)
            {
                if (!reader.Read())
                {
                    return unfinished;
                }

                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    return reader.TokenType == JsonTokenType.EndObject ? DatasetFormat.JsonLines : DatasetFormat.Document;
                }

                if (reader.ValueTextEquals("type"u8))
                {
                    return DatasetFormat.JsonLines;
                }

                if (reader.ValueTextEquals("records"u8))
                {
                    return DatasetFormat.Document;
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
            return DatasetFormat.Document;
        }
    }

}
