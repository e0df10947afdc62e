namespace PoliticalEvents.Serialization;

/// <summary>How <see cref="DatasetReader"/> reads.</summary>
public sealed record DatasetReaderOptions
{
    /// <summary>The default: the form detected from the input, strict about unknown properties.</summary>
    public static DatasetReaderOptions Default { get; } = new();

    /// <summary>The wire form of the input; <see cref="DatasetFormat.Detect"/> (the default) tells it from the input.</summary>
    public DatasetFormat Format { get; init; }

    /// <summary>
    /// When true, properties this version of the format does not define are kept in <see cref="DatasetEntry.Unknown"/>
    /// instead of being findings (<c>additionalProperties</c>), so that data written by a newer version survives a round
    /// trip. Everything else stays strict: the input must still be well-formed JSON, valid UTF-8 and free of duplicate
    /// properties, and every property the format defines must be valid. The input is read whole in this mode.
    /// </summary>
    public bool PreserveUnknownProperties { get; init; }
}
