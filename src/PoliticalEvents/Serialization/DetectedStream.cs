namespace PoliticalEvents.Serialization;

/// <summary>An input whose wire form was detected from its start (<see cref="DatasetReader.DetectFormatAsync"/>).</summary>
public sealed class DetectedStream
{
    internal DetectedStream(Stream stream, DatasetFormat format) => (Stream, Format) = (stream, format);

    /// <summary>The input from its first byte: what detection read, then the rest. Read-only and forward-only.</summary>
    public Stream Stream { get; }

    /// <summary>The wire form: <see cref="DatasetFormat.Document"/> or <see cref="DatasetFormat.JsonLines"/>.</summary>
    public DatasetFormat Format { get; }
}
