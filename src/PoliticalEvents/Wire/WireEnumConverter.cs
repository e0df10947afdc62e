using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// Reads and writes an enum as its camelCase member name, strictly: the JSON token must be a string that equals
/// a member's wire name exactly (case-sensitive); numbers and other spellings are errors (code <c>enum</c> or
/// <c>type</c>), so a value means the same thing in every language that reads the data.
/// </summary>
/// <typeparam name="T">The enum type; its members must be distinct.</typeparam>
internal sealed class WireEnumConverter<T> : JsonConverter<T> where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();

    private static readonly JsonEncodedText[] Names = Array.ConvertAll(Values, v => JsonEncodedText.Encode(PoliticalEvents.WireNames.Of(v)));

    /// <summary>The wire names of the members, in declaration order.</summary>
    public static IReadOnlyList<string> WireNames { get; } = Array.ConvertAll(Values, PoliticalEvents.WireNames.Of);

    /// <summary>The message of a string that names no value of <typeparamref name="T"/>.</summary>
    internal static string UnknownMessage { get; } = $"Not a known {typeof(T).Name} value; expected one of: {string.Join(", ", WireNames)}.";

    /// <summary>Finds the member whose wire name is exactly <paramref name="utf8"/> (unescaped UTF-8), as <see cref="Read"/> does.</summary>
    /// <param name="utf8">The unescaped text of a JSON string.</param>
    /// <param name="value">The member when found; otherwise the default.</param>
    /// <returns>True when a member has that wire name.</returns>
    internal static bool TryMatch(ReadOnlySpan<byte> utf8, out T value)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (utf8.SequenceEqual(Names[i].EncodedUtf8Bytes))
            {
                value = Values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new WireFormatException("type", $"Expected a string naming a {typeof(T).Name} value, found {JsonTokenText.Describe(reader.TokenType)}.");
        }

        for (int i = 0; i < Names.Length; i++)
        {
            if (reader.ValueTextEquals(Names[i].EncodedUtf8Bytes))
            {
                return Values[i];
            }
        }

        throw new WireFormatException("enum", UnknownMessage);
    }

    /// <summary>The encoded wire name of <paramref name="value"/>, for writers that bypass the serializer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined member.</exception>
    internal static JsonEncodedText Encoded(T value)
    {
        int index = Array.IndexOf(Values, value);
        return index >= 0 ? Names[index] : throw new ArgumentOutOfRangeException(nameof(value), $"{value} is not a defined {typeof(T).Name} value.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        int index = Array.IndexOf(Values, value);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), $"{value} is not a defined {typeof(T).Name} value.");
        }

        writer.WriteStringValue(Names[index]);
    }
}
