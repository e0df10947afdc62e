using System.Text.Json;

namespace PoliticalEvents.Serialization;

/// <summary>
/// A <see cref="JsonException"/> raised by this library's converters; it carries the stable
/// validation code of the rule that failed (for example <c>pattern</c> or <c>type</c>) so the reader
/// can report it. System.Text.Json adds the JSON path and position to it on the way out.
/// </summary>
internal sealed class WireFormatException(string code, string message) : JsonException(message)
{
    /// <summary>The stable validation code (see docs/validation.md).</summary>
    public string Code { get; } = code;
}

internal static class JsonTokenText
{
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "an unexpected token",
    };
}
