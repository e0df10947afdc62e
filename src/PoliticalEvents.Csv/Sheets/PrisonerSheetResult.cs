using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv.Sheets;

/// <summary>What importing a sheet gave: the dataset, or every problem that stopped it.</summary>
public sealed record PrisonerSheetResult
{
    /// <summary>
    /// The dataset (persons, detentions, releases), valid; null when any finding is an error (nothing is ever
    /// half-imported), and null from <see cref="PrisonerSheetReader.Complete"/>, whose records were streamed.
    /// </summary>
    public Dataset? Dataset { get; init; }

    /// <summary>Every finding, errors and warnings, by row then column; each names the row (as a spreadsheet numbers it) and the column (its header), never the cell's content.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>How many data rows the sheet has (blank rows not counted), including a row that could not be read as CSV.</summary>
    public required int Rows { get; init; }

    /// <summary>The role each column was given, in the sheet's order, by header (null for a column without a header).</summary>
    public required IReadOnlyList<KeyValuePair<string?, SheetColumn?>> Mapping { get; init; }

    /// <summary>True when no finding is an error (and so <see cref="Dataset"/> is there, unless the records were streamed).</summary>
    public bool Succeeded => !Findings.Any(static f => f.Severity == Severity.Error);

    /// <summary>The number of the header row (the first non-blank row; usually 1), or 0 when the sheet is empty (the row of the CSV error when the header itself could not be read).</summary>
    public required int HeaderRow { get; init; }

    /// <summary>The data rows that have at least one error, in order (errors of the header row or the whole sheet are not counted here).</summary>
    public IReadOnlyList<int> RejectedRows => [.. Findings.Where(f => f.Severity == Severity.Error && f.Row > HeaderRow).Select(static f => f.Row!.Value).Distinct().Order()];
}
