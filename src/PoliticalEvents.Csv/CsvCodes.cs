namespace PoliticalEvents.Csv;

/// <summary>The codes of <see cref="Finding"/>s made by this package; stable, machine-readable public API.</summary>
/// <remarks>Findings of the format's own validation, run on what an import produced, keep the validator's codes
/// (<see cref="ValidationCodes"/>).</remarks>
public static class CsvCodes
{
    /// <summary>The file is not well-formed CSV: a quote inside an unquoted field, text after a closing quote, or a quoted field that never ends.</summary>
    public const string Syntax = "csv.syntax";

    /// <summary>The file is not UTF-8 text (for example a legacy code page, or UTF-16).</summary>
    public const string Encoding = "csv.encoding";

    /// <summary>A field is longer than 1,048,576 characters (usually an unbalanced quote swallowing the rest of the file).</summary>
    public const string FieldTooLong = "csv.fieldTooLong";

    /// <summary>A row has more fields than the header has columns.</summary>
    public const string RowTooLong = "csv.rowTooLong";

    /// <summary>A row of a table has fewer fields than the header has columns: it, or the file, may have been cut short.</summary>
    public const string RowTooShort = "csv.rowTooShort";

    /// <summary>A table of the export is not there (the file is missing).</summary>
    public const string TableMissing = "table.fileMissing";

    /// <summary>A table ends inside its last row, without the line break that ends every row of an export: the file may have been cut short.</summary>
    public const string Truncated = "table.truncated";

    /// <summary>A table has another number of rows than <see cref="CsvTables.Manifest"/> gives for it, or the manifest gives none.</summary>
    public const string RowCount = "table.rowCount";

    /// <summary>The header row is missing, has an empty, duplicate or unknown column name, or lacks a column of its table.</summary>
    public const string Header = "table.header";

    /// <summary>A cell holds a value of the wrong form (not a date, not a known kind, not an id …).</summary>
    public const string Value = "table.value";

    /// <summary>A cell that is needed is empty.</summary>
    public const string Missing = "table.missing";

    /// <summary>A row of a child table names a record that no record table has, or two rows claim the same place.</summary>
    public const string Orphan = "table.orphan";

    /// <summary>Two rows give the same index (a record's position, or an item's position in its list).</summary>
    public const string DuplicateIndex = "table.duplicateIndex";

    /// <summary>A sheet column has a header that is not known and not mapped.</summary>
    public const string UnknownColumn = "sheet.unknownColumn";

    /// <summary>A sheet has no header row, or the first row does not look like one.</summary>
    public const string NoHeader = "sheet.noHeader";

    /// <summary>A sheet cell is not a date in one of the accepted forms, or not a real calendar date.</summary>
    public const string Date = "sheet.date";

    /// <summary>A sheet cell is not a sentence in one of the accepted forms.</summary>
    public const string Sentence = "sheet.sentence";

    /// <summary>A sheet cell is not a list of article references in one of the accepted forms, or names no law.</summary>
    public const string Charges = "sheet.charges";

    /// <summary>A sheet cell is not one of the accepted words (status, gender, release kind) or codes (country).</summary>
    public const string Term = "sheet.term";

    /// <summary>A sheet cell is not a source (a URL, a title, or a title and a URL).</summary>
    public const string Source = "sheet.source";

    /// <summary>A row gives a fact that needs another the row does not give (a sentence without a verdict date, a prison without a detention date …).</summary>
    public const string Needs = "sheet.needs";

    /// <summary>Two cells of a row contradict each other (status "in custody" and a release date).</summary>
    public const string Conflict = "sheet.conflict";

    /// <summary>The flat form cannot carry a value of the dataset; the export report lists it.</summary>
    public const string Loss = "export.loss";
}
