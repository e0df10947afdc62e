using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv;

/// <summary>What reading CSV tables back gave: the records and metadata, or the findings that stopped it.</summary>
public sealed record CsvImportResult
{
    /// <summary>
    /// The dataset (metadata and records) when the tables read without error and <see cref="CsvTables.Dataset"/> has its
    /// row; null otherwise. Reading is all or nothing: with any error there are no records at all.
    /// </summary>
    public Dataset? Dataset { get; init; }

    /// <summary>The records in dataset order when the tables read without error (also when there is no metadata row); empty otherwise.</summary>
    public required IReadOnlyList<Record> Records { get; init; }

    /// <summary>Every problem found, in table order then row order.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>True when no finding is an error.</summary>
    public bool Succeeded => !Findings.Any(static f => f.Severity == Severity.Error);
}
