using System.Globalization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv;

/// <summary>Parses text into a value; false when the text is not one.</summary>
internal delegate bool CellParser<T>(string text, out T value);

/// <summary>One data row of a table of the flat form, with typed getters that record a finding for each bad cell.</summary>
internal sealed class TableRow
{
    private readonly TableFile _file;
    private readonly CsvRow _row;

    public TableRow(TableFile file, CsvRow row)
    {
        _file = file;
        _row = row;
    }

    public string Table => _file.Name;

    public int Number => _row.Number;

    /// <summary>The cell's text (formula guard undone); null when the cell is empty and unquoted, or the column is not there.</summary>
    public string? Text(string column)
    {
        int index = _file.IndexOf(column);
        if (index < 0 || index >= _row.Fields.Count)
        {
            return null;
        }

        CsvField field = _row.Fields[index];
        return field.IsAbsent ? null : CsvFormulaGuard.Restore(field.Value);
    }

    /// <summary>The cell's text; an error (and the empty string) when there is none.</summary>
    public string Required(string column)
    {
        if (Text(column) is { } text)
        {
            return text;
        }

        Missing(column);
        return string.Empty;
    }

    public T? Value<T>(string column, CellParser<T> parse, string expectation) where T : struct
    {
        if (Text(column) is not { } text)
        {
            return null;
        }

        if (parse(text, out T value))
        {
            return value;
        }

        Error(column, CsvCodes.Value, "not " + expectation + ".");
        return null;
    }

    public T RequiredValue<T>(string column, CellParser<T> parse, string expectation) where T : struct
    {
        if (Text(column) is null)
        {
            Missing(column);
            return default;
        }

        return Value(column, parse, expectation) ?? default;
    }

    public T? Name<T>(string column) where T : struct, Enum => Value<T>(column, WireNames<T>.TryParse, WireNames<T>.Expectation);

    public T RequiredName<T>(string column) where T : struct, Enum => RequiredValue<T>(column, WireNames<T>.TryParse, WireNames<T>.Expectation);

    public bool Flag(string column) => Value<bool>(column, static (string text, out bool value) =>
    {
        value = text == "true";
        return text is "true" or "false";
    }, "true or false") ?? false;

    /// <summary>The items of a list cell (split at ';', trimmed); each is parsed, and a bad one is an error.</summary>
    public List<T> List<T>(string column, CellParser<T> parse, string expectation)
    {
        var items = new List<T>();
        if (Text(column) is not { } text)
        {
            return items;
        }

        foreach (string item in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (parse(item, out T value))
            {
                items.Add(value);
            }
            else
            {
                Error(column, CsvCodes.Value, "has an item that is not " + expectation + ".");
                break;
            }
        }

        return items;
    }

    public List<T> Names<T>(string column) where T : struct, Enum => List<T>(column, WireNames<T>.TryParse, WireNames<T>.Expectation);

    /// <summary>The row's <c>index</c>: a whole number from 0, or null when the cell is empty.</summary>
    public int? Index(string column = "index") => Value<int>(column, static (string text, out int value)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value), "a whole number from 0");

    public void Error(string column, string code, string message)
    {
        // A table whose header is wrong is reported once, at the header: what its rows then seem to say is a consequence.
        if (!_file.HeaderBroken)
        {
            _file.Findings.Add(new Finding { Table = Table, Row = Number, Line = _row.Line, ColumnName = column, Code = code, Message = message, Severity = Severity.Error });
        }
    }

    private void Missing(string column)
    {
        if (_file.IndexOf(column) < 0)
        {
            _file.ColumnMissing(column);
        }
        else
        {
            Error(column, CsvCodes.Missing, "is empty, but a value is required.");
        }
    }
}

/// <summary>A table of the flat form being read: its header and findings.</summary>
internal sealed class TableFile
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reportedMissing = new(StringComparer.Ordinal);
    private bool _declares10;
    private int _width;

    private TableFile(string name, List<Finding> findings)
    {
        Name = name;
        Findings = findings;
    }

    public string Name { get; }

    public List<Finding> Findings { get; }

    public List<TableRow> Rows { get; } = [];

    /// <summary>True when the header row has a problem; the rows are read (so that child rows find their records) but their findings are left out.</summary>
    public bool HeaderBroken { get; private set; }

    /// <summary>True when the table is one of what format 1.1 added, absent from the tables of 1.0 data: it has no rows, and the manifest need not count it.</summary>
    public bool AbsentAs10 { get; private set; }

    /// <summary>True when the file was there, had a header row, and was read to its end without a CSV error: <see cref="Rows"/> are all its rows.</summary>
    public bool ReadToTheEnd { get; private set; }

    public int IndexOf(string column) => _columns.GetValueOrDefault(column, -1);

    public void ColumnMissing(string column)
    {
        if (_reportedMissing.Add(column))
        {
            HeaderBroken = true;
            Findings.Add(new Finding
            {
                Table = Name, Row = 1, ColumnName = column, Code = CsvCodes.Header, Severity = Severity.Error,
                Message = "the column is missing; every column of the table must be there, its cells empty where there is no value.",
            });
        }
    }

    /// <summary>Reads a whole table: the header (checked against the layout) and every non-blank row.</summary>
    /// <param name="name">The table's file name.</param>
    /// <param name="stream">Its content, or null when the file is not there.</param>
    /// <param name="findings">Where findings go.</param>
    /// <param name="declares10">True when the dataset declares format 1.0: the columns 1.1 added may then be missing.</param>
    public static TableFile Read(string name, Stream? stream, List<Finding> findings, bool declares10 = false)
    {
        var file = new TableFile(name, findings) { _declares10 = declares10 };
        if (stream is null && declares10 && CsvTables.AddedInFormat11(name))
        {
            file.AbsentAs10 = true; // a table of what 1.1 added, in tables of 1.0 data written before it: no rows
            return file;
        }

        if (stream is null)
        {
            findings.Add(new Finding { Table = name, Code = CsvCodes.TableMissing, Severity = Severity.Error, Message = MissingFileMessage(name) });
            return file;
        }

        using var reader = new CsvReader(stream);
        CsvRow? last = reader.ReadRow();
        if (last is null)
        {
            if (reader.Error is null)
            {
                findings.Add(new Finding { Table = name, Code = CsvCodes.Header, Message = "the file is empty; a table has at least its header row.", Severity = Severity.Error });
            }
        }
        else if (file.ReadHeader(last))
        {
            while (reader.ReadRow() is { } row)
            {
                last = row;
                if (row.IsBlank)
                {
                    continue;
                }

                if (row.Fields.Count != file._width && !file.HeaderBroken)
                {
                    bool tooLong = row.Fields.Count > file._width;
                    findings.Add(new Finding
                    {
                        Table = name, Row = row.Number, Line = row.Line, Code = tooLong ? CsvCodes.RowTooLong : CsvCodes.RowTooShort, Severity = Severity.Error,
                        Message = string.Create(CultureInfo.InvariantCulture, $"the row has {row.Fields.Count} fields, the header {file._width}")
                            + (tooLong ? "." : ": it may have been cut short (a row of the tables has a field for every column, empty or not)."),
                    });
                }

                file.Rows.Add(new TableRow(file, row));
            }

            file.ReadToTheEnd = reader.Error is null;
        }

        if (reader.Error is { } error)
        {
            findings.Add(error with { Table = name });
        }
        else if (last is { EndsWithLineBreak: false })
        {
            // The export ends every row with a line break, and so do spreadsheet programs: a file without one after its
            // last row may have been cut inside that row, whose last cell would then be read short or empty.
            findings.Add(new Finding
            {
                Table = name, Row = last.Number, Line = last.Line, Code = CsvCodes.Truncated, Severity = Severity.Error,
                Message = "the file ends inside this row, without the line break that ends every row of an export: it may have been cut short. "
                    + "If a program saved the file without a line break at its end, add one.",
            });
        }

        return file;
    }

    private static string MissingFileMessage(string name) => name == CsvTables.Manifest
        ? $"the file is missing. The export writes it with the number of rows of every table, so that a table cut short is noticed. Export the data again, or write {CsvTables.Manifest} (columns table and rows, a row for each table with its number of rows)."
        : $"the file is missing. An export writes every table, one without rows as its header row alone (and 0 rows in {CsvTables.Manifest}); a table that is not there cannot be told from one whose rows were lost.";

    private bool ReadHeader(CsvRow header)
    {
        IReadOnlyList<string> known = CsvTables.Columns(Name);
        if (!header.Fields.Any(f => known.Contains(f.Value)))
        {
            // Perhaps the header row was lost and this row is a record: say nothing of what its cells hold.
            Findings.Add(new Finding
            {
                Table = Name, Row = 1, Line = header.Line, Code = CsvCodes.Header, Severity = Severity.Error,
                Message = $"the first row is not a header row: none of its cells is a column of {Name}, so they are not shown here (the columns are: {string.Join(", ", known)}).",
            });
            return false;
        }

        _width = header.Fields.Count;
        for (int i = 0; i < header.Fields.Count; i++)
        {
            string column = header.Fields[i].Value;
            string? problem = column.Length == 0 ? "has an empty name"
                : !known.Contains(column) ? $"is not a column of {Name} (the columns are: {string.Join(", ", known)})"
                : !_columns.TryAdd(column, i) ? "appears twice"
                : null;
            if (problem is not null)
            {
                HeaderBroken = true;
                Findings.Add(new Finding
                {
                    Table = Name, Row = 1, ColumnName = column.Length == 0 || !Shown(column) ? null : column, Code = CsvCodes.Header, Severity = Severity.Error,
                    Message = string.Create(CultureInfo.InvariantCulture, $"header field {i + 1} {problem}."),
                });
            }
        }

        foreach (string column in known)
        {
            if (!_columns.ContainsKey(column) && !(_declares10 && CsvTables.AddedInFormat11(Name, column)))
            {
                ColumnMissing(column);
            }
        }

        // The rows are read even when the header has a problem (the import fails all the same), so that child rows find
        // their records and the findings name what is wrong, not its consequences.
        return true;
    }

    // A header that is not a column of the table is named only when it is short and printable: a cell of a record
    // could have become the header row.
    private static bool Shown(string column) => ColumnNames.Shown(column) is not null;
}
