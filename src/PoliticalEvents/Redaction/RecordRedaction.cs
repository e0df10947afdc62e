
namespace PoliticalEvents.Redaction;

/// <summary>What redaction made of one record: the record to write (or none, when dropped) and what was done to it.</summary>
public sealed class RecordRedaction
{
    /// <summary>The record to write, reduced as the profile requires; null when the record is dropped.</summary>
    public Record? Record { get; init; }

    /// <summary>
    /// What was dropped or removed, in the order of the record's properties, as findings of severity
    /// <see cref="Severity.Info"/> with a code of <see cref="RedactionCodes"/>; empty when the record is written unchanged.
    /// </summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>True when the record is not to be written.</summary>
    public bool Dropped => Record is null;
}
