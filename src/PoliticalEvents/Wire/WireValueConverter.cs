using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// Reads and writes a string-valued wire type strictly: the JSON token must be a string and the
/// string must parse; otherwise a <see cref="WireFormatException"/> names the rule that failed.
/// Messages never echo the offending value (it may be personal data).
/// </summary>
internal sealed class WireValueConverter<T> : JsonConverter<T> where T : struct, IWireValue<T>
{
    public override bool HandleNull => true;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new WireFormatException("type", $"Expected a string holding a {T.WireKind}, found {JsonTokenText.Describe(reader.TokenType)}.");
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return Parse(reader.ValueSpan);
        }

        // Escaped or segmented strings are rare; unescape into a pooled buffer.
        int max = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        byte[] rented = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            int written = reader.CopyString(rented);
            return Parse(rented.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static T Parse(ReadOnlySpan<byte> utf8)
    {
        if (T.TryParseWire(utf8, out T value, out string? problem))
        {
            return value;
        }

        throw new WireFormatException(problem ?? "pattern", $"Not a valid {T.WireKind}: expected {T.WireExpectation}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        // A default value (never produced by reading) would write text that cannot be read back: a programmer error.
        if (!value.HasWireForm)
        {
            throw new InvalidOperationException($"A default {typeof(T).Name} has no value and cannot be written; set it before writing (the JSON path is in the exception's context).");
        }

        writer.WriteStringValue(value.ToString());
    }
}
