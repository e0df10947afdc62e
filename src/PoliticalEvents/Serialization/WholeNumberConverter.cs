using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Reads a count: a JSON number with no fractional part that fits a 32-bit integer. As JSON Schema's
/// <c>"type": "integer"</c> (and so every validator of the published schemas) counts any number with a zero fraction
/// as an integer, <c>123</c>, <c>123.0</c> and <c>1.23e2</c> all read as 123; canonical writing gives <c>123</c>.
/// <c>1.5</c> is not a count (<c>type</c>), nor is a whole number beyond the 32-bit range (<c>json.invalid</c>).
/// </summary>
internal sealed class WholeNumberConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new WireFormatException("type", $"Expected a whole number, found {JsonTokenText.Describe(reader.TokenType)}.");
        }

        if (reader.TryGetInt32(out int value))
        {
            return value;
        }

        // Decimal holds every whole number of the 32-bit range exactly, and tells a fraction from none.
        if (reader.TryGetDecimal(out decimal number))
        {
            if (number != decimal.Truncate(number))
            {
                throw new WireFormatException("type", "Expected a whole number, found a number with a fraction.");
            }

            if (number is >= int.MinValue and <= int.MaxValue)
            {
                return (int)number;
            }
        }
        else if (reader.TryGetDouble(out double small) && Math.Abs(small) < 1)
        {
            throw new WireFormatException("type", "Expected a whole number, found a number with a fraction.");
        }

        throw new WireFormatException("json.invalid", "The number is too large or too small for this field.");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
        => writer.WriteNumberValue(value);
}
