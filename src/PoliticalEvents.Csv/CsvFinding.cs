using System.Globalization;
using System.Text;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv;

/// <summary>
/// A problem found in a CSV file or spreadsheet: where it is (table, row, column) and what is wrong. Messages never
/// repeat the cell's content, which may name a person; they name the row and the column (its header) instead.
/// </summary>
public sealed record CsvFinding
{
    /// <summary>The file the finding is about (for the table export, the table's file name, e.g. <c>persons.csv</c>); null for a single sheet.</summary>
    public string? Table { get; init; }

    /// <summary>The row, numbered as a spreadsheet program numbers it (the header is row 1); null for a finding about the whole file.</summary>
    public int? Row { get; init; }

    /// <summary>The line of the file (from 1) where the row begins, when known; rows with line breaks in quoted fields span several lines.</summary>
    public int? Line { get; init; }

    /// <summary>The column's name as its header gives it (or the format's name for it); null when the finding is about a row or the file.</summary>
    public string? Column { get; init; }

    /// <summary>A stable, machine-readable code: one of <see cref="CsvCodes"/>, or a validation code of the format (<see cref="ValidationCodes"/>).</summary>
    public required string Code { get; init; }

    /// <summary>What is wrong, for people; may change between versions. Never contains the cell's content.</summary>
    public required string Message { get; init; }

    /// <summary>Errors stop an import; warnings do not.</summary>
    public required Severity Severity { get; init; }

    /// <summary>For a finding the format's validator made: the id of the record it is about.</summary>
    public string? RecordId { get; init; }

    /// <summary>Where the finding is, in words: <c>persons.csv, row 12, column "birthDate"</c>; empty when nothing more precise than the file is known.</summary>
    public string Location
    {
        get
        {
            var text = new StringBuilder();
            void Part(string part) => text.Append(text.Length > 0 ? ", " : string.Empty).Append(part);
            if (Table is not null)
            {
                Part(Table);
            }

            if (Row is int row)
            {
                Part(string.Create(CultureInfo.InvariantCulture, $"row {row}"));
            }

            if (Column is not null)
            {
                Part($"column \"{Column}\"");
            }

            return text.ToString();
        }
    }

    /// <summary>
    /// The header of a column as findings may name it: null when it is longer than 40 characters or holds a control,
    /// format (invisible), separator or private-use character, or half of a surrogate pair. A header comes from the
    /// file, and a long or odd one is more likely a person's data in the wrong row than a column name.
    /// </summary>
    internal static string? ShownColumn(string? header)
    {
        if (header is null || header.Length > 40)
        {
            return null;
        }

        for (int i = 0; i < header.Length;)
        {
            if (Rune.DecodeFromUtf16(header.AsSpan(i), out Rune rune, out int used) != System.Buffers.OperationStatus.Done
                || (rune.Value != ' ' && Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned))
            {
                return null;
            }

            i += used;
        }

        return header;
    }

    /// <summary>The location and the message: <c>row 12, column "Date of detention": not a date (…)</c>, with <c>warning: </c> before a warning.</summary>
    public override string ToString()
    {
        string location = Location;
        string prefix = Severity == Severity.Error ? string.Empty : Severity == Severity.Warning ? "warning: " : "info: ";
        return prefix + (location.Length == 0 ? Message : $"{location}: {Message}");
    }
}
