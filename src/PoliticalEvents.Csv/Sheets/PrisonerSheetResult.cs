using PoliticalEvents.Datasets;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv.Sheets;

/// <summary>What importing a sheet gave: the dataset, or every problem that stopped it.</summary>
public sealed record PrisonerSheetResult
{
    /// <summary>The dataset (persons, detentions, releases), valid; null when any finding is an error. Nothing is ever half-imported.</summary>
    public Dataset? Dataset { get; init; }

    /// <summary>Every finding, errors and warnings, by row then column; each names the row (as a spreadsheet numbers it) and the column (its header), never the cell's content.</summary>
    public required IReadOnlyList<CsvFinding> Findings { get; init; }

    /// <summary>How many data rows the sheet has (blank rows not counted).</summary>
    public required int Rows { get; init; }

    /// <summary>The role each column was given, in the sheet's order, by header (null for a column without a header).</summary>
    public required IReadOnlyList<KeyValuePair<string?, SheetColumn?>> Mapping { get; init; }

    /// <summary>True when no finding is an error (and so <see cref="Dataset"/> is there).</summary>
    public bool Succeeded => Dataset is not null;

    /// <summary>The number of the header row (the first non-blank row; usually 1), or 0 when the sheet is empty.</summary>
    public required int HeaderRow { get; init; }

    /// <summary>The data rows that have at least one error, in order (errors of the header row or the whole sheet are not counted here).</summary>
    public IReadOnlyList<int> RejectedRows => [.. Findings.Where(f => f.Severity == Severity.Error && f.Row > HeaderRow).Select(static f => f.Row!.Value).Distinct().Order()];
}
