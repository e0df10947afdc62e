using System.Text.Json;

namespace PoliticalEvents;

/// <summary>
/// A <see cref="JsonException"/> raised by this library's converters; it carries the stable
/// validation code of the rule that failed (for example <c>pattern</c> or <c>type</c>) so the reader
/// can report it. System.Text.Json adds the JSON path and position to it on the way out.
/// </summary>
internal sealed class WireFormatException(string code, string message) : JsonException(message)
{
    /// <summary>The stable validation code (see docs/validation.md).</summary>
    public string Code { get; } = code;

    /// <summary>
    /// Where the problem is below the value the reader was at when this was thrown (e.g. <c>/sources/0</c> for a check
    /// made once an object is complete); empty when it is that value.
    /// </summary>
    public string RelativePointer { get; init; } = string.Empty;
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
