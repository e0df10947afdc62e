using System.Globalization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv.Sheets;

/// <summary>
/// Imports a one-row-per-prisoner sheet as a stream of records, in memory that does not grow with the sheet: the rules
/// and findings of <see cref="PrisonerSheetImporter"/>, for sheets of any size. Write the records of
/// <see cref="ReadRecords"/> somewhere provisional, then call <see cref="Complete"/>, and keep what was written only when
/// the result <see cref="PrisonerSheetResult.Succeeded">succeeded</see>: a sheet is all or nothing, and an error may
/// come in its last row, or from a rule across rows.
/// </summary>
/// <remarks>
/// <para>Records are given only while no error has been found; once one is, the rest of the sheet is still read for its
/// findings, but nothing more is given. The dataset rules (unique ids, references) are checked with a
/// <see cref="StreamingValidator"/>, whose index is kept in temporary files beyond its memory limit.</para>
/// <para>Memory holds one row at a time, the findings, and a line number per row (for the rows of validation
/// findings).</para>
/// </remarks>
/// <example>
/// <code>
/// using var reader = new PrisonerSheetReader(File.OpenRead("prisoners.csv"), options);
/// await JsonLines.WriteAsync(scratch, reader.Metadata, reader.ReadRecords().ToAsyncEnumerable());
/// PrisonerSheetResult result = reader.Complete();
/// if (result.Succeeded) { /* move the scratch file into place */ }
/// </code>
/// </example>
public sealed class PrisonerSheetReader : IDisposable
{
    private readonly CsvReader _reader;
    private readonly PrisonerSheetOptions _options;
    private readonly List<Finding> _findings = [];
    private readonly StreamingValidator _validator;
    private readonly Dictionary<int, int> _lineOfRow = [];
    private SheetLayout? _layout;
    private CsvRow? _header;
    private int _rows;
    private int _records;
    private bool _anyDetentionDate;
    private bool _started;
    private bool _read;
    private bool _finished;
    private int _checked;
    private bool _failed;
    private PrisonerSheetResult? _result;

    /// <summary>Starts reading a sheet saved as CSV (UTF-8, comma-separated, RFC 4180; see docs/csv.md).</summary>
    /// <param name="csv">The sheet; read to its end, and left open.</param>
    /// <param name="options">The mapping and what the sheet does not say; defaults when null.</param>
    /// <exception cref="ArgumentException"><see cref="PrisonerSheetOptions.IdPrefix"/> is not a valid id of at most 100 characters.</exception>
    public PrisonerSheetReader(Stream csv, PrisonerSheetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        _options = options ?? new PrisonerSheetOptions();
        if (_options.IdPrefix.Length > 100 || !RecordId.IsValid(_options.IdPrefix))
        {
            throw new ArgumentException("The id prefix must be a valid id (letters, digits, '.' and '-', starting and ending with a letter or digit) of at most 100 characters.", nameof(options));
        }

        _reader = new CsvReader(csv, new CsvReaderOptions { LeaveOpen = true });
        Metadata = new Dataset { FormatVersion = Dataset.CurrentFormatVersion, Title = _options.Title, Records = [] };
        _validator = new StreamingValidator(_options.Validation);
        _validator.AddHeader(Metadata);
    }

    /// <summary>The metadata of the dataset the records make (format version and <see cref="PrisonerSheetOptions.Title"/>); no records.</summary>
    public Dataset Metadata { get; }

    /// <summary>
    /// Reads the sheet row by row and gives each row's records (person, then detention and release), in the sheet's
    /// order, while no error has been found. Can be enumerated once.
    /// </summary>
    /// <exception cref="InvalidOperationException">Enumerated a second time.</exception>
    public IEnumerable<Record> ReadRecords()
    {
        if (_started)
        {
            throw new InvalidOperationException("The records of a sheet can be read once.");
        }

        _started = true;
        return Rows();
    }

    /// <summary>
    /// Checks the rules across rows and the format's own rules, and returns every finding.
    /// <see cref="PrisonerSheetResult.Dataset"/> is null: the records were given by <see cref="ReadRecords"/>. Without
    /// <see cref="ReadRecords"/>, reads the whole sheet first (to check it without keeping its records).
    /// </summary>
    /// <exception cref="InvalidOperationException">The records were not read to the end: the result would not be about what was given.</exception>
    public PrisonerSheetResult Complete()
    {
        if (_result is not null)
        {
            return _result;
        }

        if (_read && !_finished)
        {
            throw new InvalidOperationException("Read the records of the sheet to the end before completing.");
        }

        _started = true;
        if (!_read)
        {
            foreach (Record _ in Rows())
            {
            }
        }

        if (_reader.Error is { } error)
        {
            _findings.Add(error);
            if (_header is not null && error.Row > _header.Number)
            {
                _rows++; // the row that could not be read is a row of the sheet, with an error
            }
        }

        if (_header is null)
        {
            if (_reader.Error is null)
            {
                _findings.Add(new Finding { Code = CsvCodes.NoHeader, Message = "the sheet is empty: it has no header row.", Severity = Severity.Error });
            }

            return _result = Result(headerRow: _reader.Error?.Row ?? 0);
        }

        if (_layout is not null && _layout.NeedsSheetCountry && _options.Country is null && _anyDetentionDate)
        {
            _findings.Add(new Finding
            {
                Code = CsvCodes.Needs, Severity = Severity.Error,
                Message = "the detentions need the country where the people are held: give the country of the whole sheet, or add a Country column.",
            });
        }

        if (HasErrors)
        {
            return _result = Result(_header.Number); // the records of rows with errors would give findings that are only their echo
        }

        // The format's own rules (dates in order, and the rest), reported where the facts came from.
        foreach (Finding finding in _validator.Complete().Findings)
        {
            int? row = finding.RecordId is { } id ? RowOf(id) : null;
            _findings.Add(new Finding
            {
                Row = row,
                Line = row is int r ? _lineOfRow.GetValueOrDefault(r) : null,
                ColumnName = row is null ? null : _layout!.HeaderOf(PrisonerSheetImporter.ColumnOf(finding)),
                Code = finding.Code,
                Message = finding.Message,
                Severity = finding.Severity,
                RecordId = finding.RecordId,
            });
        }

        return _result = Result(_header.Number);
    }

    /// <summary>Closes the reader (not the stream) and deletes the validator's temporary files, if any.</summary>
    public void Dispose()
    {
        _validator.Dispose();
        _reader.Dispose();
    }

    // Looks only at the findings added since it last looked: a sheet with an error in every row stays linear.
    private bool HasErrors
    {
        get
        {
            for (; _checked < _findings.Count; _checked++)
            {
                _failed |= _findings[_checked].Severity == Severity.Error;
            }

            return _failed;
        }
    }

    private IEnumerable<Record> Rows()
    {
        if (_read)
        {
            yield break;
        }

        _read = true;
        while (_reader.ReadRow() is { } row)
        {
            if (IsBlank(row))
            {
                continue;
            }

            if (_header is null)
            {
                _header = row;
                _layout = SheetLayout.Read(row, _options, _findings);
                continue;
            }

            _rows++;
            if (_layout is null)
            {
                continue;
            }

            bool clean = !HasErrors;
            SheetRow sheetRow = SheetRow.Read(row, _layout, _options, _findings);
            _anyDetentionDate |= sheetRow.HasDetentionDate;
            if (!clean || HasErrors)
            {
                continue; // nothing more is given, and nothing more is validated: the import has failed
            }

            _lineOfRow[row.Number] = row.Line;
            foreach (Record record in sheetRow.Records())
            {
                _validator.AddRecord(record, string.Create(CultureInfo.InvariantCulture, $"/records/{_records}"), row.Line);
                _records++;
                yield return record;
            }
        }

        _finished = true;
    }

    // Empty cells, or cells of spaces only (a spreadsheet row someone typed a space into): not a person.
    private static bool IsBlank(CsvRow row) => row.Fields.All(static f => string.IsNullOrWhiteSpace(f.Value));

    private PrisonerSheetResult Result(int headerRow)
    {
        List<Finding> sorted = [.. _findings.Select((f, i) => (f, i)).OrderBy(static p => p.f.Row ?? 0).ThenBy(static p => p.i).Select(static p => p.f)];
        return new PrisonerSheetResult { Findings = sorted, Rows = _rows, Mapping = _layout?.Mapping ?? [], HeaderRow = headerRow };
    }

    // The row of a record the import made: its id is {prefix}-row{N}-{person|detention|release}.
    private int? RowOf(string id)
    {
        int end = id.LastIndexOf('-');
        int start = end > 0 ? id.LastIndexOf("-row", end - 1, StringComparison.Ordinal) : -1;
        return start >= 0 && int.TryParse(id.AsSpan(start + 4, end - start - 4), NumberStyles.None, CultureInfo.InvariantCulture, out int row) && _lineOfRow.ContainsKey(row) ? row : null;
    }
}
