using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// Reads a count: a JSON number with no fractional part that fits a 32-bit integer. As JSON Schema's
/// <c>"type": "integer"</c> (and so every validator of the published schemas) counts any number with a zero fraction
/// as an integer, <c>123</c>, <c>123.0</c> and <c>1.23e2</c> all read as 123; canonical writing gives <c>123</c>.
/// <c>1.5</c> is not a count (<c>type</c>), nor is a whole number beyond the 32-bit range (<c>json.invalid</c>).
/// </summary>
internal sealed class WholeNumberConverter : JsonConverter<int>
{
    /// <summary>The message of a number with a fractional part.</summary>
    internal const string FractionMessage = "Expected a whole number, found a number with a fraction.";

    /// <summary>The message of a whole number outside the 32-bit range.</summary>
    internal const string OutOfRangeMessage = "The number is too large or too small for this field.";

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

        ReadOnlySpan<byte> number = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        if (!IsWhole(number))
        {
            throw new WireFormatException("type", FractionMessage);
        }

        // Decimal holds every whole number of the 32-bit range exactly.
        return reader.TryGetDecimal(out decimal whole) && whole is >= int.MinValue and <= int.MaxValue
            ? (int)whole
            : throw new WireFormatException("json.invalid", OutOfRangeMessage);
    }

    // Whether a JSON number (as the reader checked it) has no fractional part: its digits d1…dn with the decimal point
    // after k of them and exponent e stand for D × 10^(e − (n − k)); without D's trailing zeros, the power must not be
    // negative (or D must be 0). Exact for any number of digits and any exponent.
    internal static bool IsWhole(ReadOnlySpan<byte> number)
    {
        int exponentAt = number.IndexOfAny((byte)'e', (byte)'E');
        ReadOnlySpan<byte> mantissa = exponentAt < 0 ? number : number[..exponentAt];
        long exponent = 0;
        if (exponentAt >= 0)
        {
            ReadOnlySpan<byte> digits = number[(exponentAt + 1)..];
            bool negative = digits[0] == (byte)'-';
            foreach (byte b in digits.TrimStart("+-"u8))
            {
                exponent = Math.Min((exponent * 10) + (b - '0'), 1_000_000_000); // beyond that, only the sign matters
            }

            exponent = negative ? -exponent : exponent;
        }

        int point = mantissa.IndexOf((byte)'.');
        ReadOnlySpan<byte> fraction = point < 0 ? [] : mantissa[(point + 1)..];
        ReadOnlySpan<byte> integer = (point < 0 ? mantissa : mantissa[..point]).TrimStart((byte)'-');
        int trailingZeros = fraction.Length - fraction.TrimEnd((byte)'0').Length;
        if (trailingZeros == fraction.Length)
        {
            trailingZeros += integer.Length - integer.TrimEnd((byte)'0').Length;
        }

        bool zero = integer.TrimStart((byte)'0').IsEmpty && fraction.TrimStart((byte)'0').IsEmpty;
        return zero || exponent - fraction.Length + trailingZeros >= 0;
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
        => writer.WriteNumberValue(value);
}
