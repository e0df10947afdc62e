using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// Reads every text value of the format with an upper bound on its length (<see cref="MaxLength"/> characters), so a
/// runaway value — a 100 MB string from a broken export — is an error (<c>maxLength</c>) rather than a 200 MB
/// allocation. The JSON Schemas state the same bound.
/// </summary>
internal sealed class BoundedStringConverter : JsonConverter<string>
{
    /// <summary>The longest text any string property may hold, in UTF-16 code units.</summary>
    public const int MaxLength = 100_000;

    /// <summary>The message of a text over <see cref="MaxLength"/>.</summary>
    internal const string TooLongMessage = "The text is longer than 100,000 characters.";

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new WireFormatException("type", $"Expected a string, found {JsonTokenText.Describe(reader.TokenType)}.");
        }

        long bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;

        // A UTF-8 byte sequence of n bytes decodes to at least n/3 UTF-16 code units (escapes only shrink further
        // than that bound by a factor of 6), so most oversized values are refused before anything is decoded.
        if (bytes / 6 > MaxLength)
        {
            throw TooLong();
        }

        string text = reader.GetString()!;
        return text.Length > MaxLength ? throw TooLong() : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        => writer.WriteStringValue(value);

    private static WireFormatException TooLong()
        => new("maxLength", TooLongMessage);
}
