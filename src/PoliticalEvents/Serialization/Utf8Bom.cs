namespace PoliticalEvents.Serialization;

internal static class Utf8Bom
{
    public static ReadOnlySpan<byte> Skip(ReadOnlySpan<byte> utf8)
        => utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
}
