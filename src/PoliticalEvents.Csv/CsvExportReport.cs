namespace PoliticalEvents.Csv;

/// <summary>What an export wrote: rows per table, the records written, and what the flat form could not carry.</summary>
public sealed record CsvExportReport
{
    /// <summary>The tables in the order of <see cref="CsvTables.All"/>, each with its number of data rows (the header not counted).</summary>
    public required IReadOnlyList<KeyValuePair<string, long>> Rows { get; init; }

    /// <summary>How many records were written.</summary>
    public required long Records { get; init; }

    /// <summary>Whether the dataset's metadata was written (to <see cref="CsvTables.Dataset"/>).</summary>
    public required bool HasMetadata { get; init; }

    /// <summary>
    /// Every value the flat form could not carry, in the order met: a warning of code <see cref="CsvCodes.Loss"/> each,
    /// with the record's id (<see cref="Finding.RecordId"/>) and a JSON Pointer within the record
    /// (<see cref="Finding.Path"/>, <c>/program</c>). Empty for any valid dataset except one that has a sanction
    /// programme with neither code nor name (<c>"program": {}</c>), which says nothing and has no cell to go in.
    /// </summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>How many records of each <see cref="Confidentiality"/> level were written (public, restricted, confidential).</summary>
    public required IReadOnlyList<KeyValuePair<Confidentiality, long>> ByConfidentiality { get; init; }
}
