namespace PoliticalEvents.Csv;

/// <summary>A value of a record that the flat form cannot carry, so that importing the export would not give it back.</summary>
/// <param name="RecordId">The record's id.</param>
/// <param name="Path">Where the value is, as an RFC 6901 JSON Pointer within the record (<c>/program</c>).</param>
/// <param name="Message">What is lost and why; never the value itself.</param>
public sealed record CsvLoss(string RecordId, string Path, string Message)
{
    /// <summary><c>sanctionMeasure-1 /program: …</c>.</summary>
    public override string ToString() => $"{RecordId} {Path}: {Message}";
}
