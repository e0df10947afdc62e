using System.Globalization;
using PoliticalEvents.Actors;
using PoliticalEvents.Dates;
using PoliticalEvents.Datasets;
using PoliticalEvents.Detentions;
using PoliticalEvents.Ids;
using PoliticalEvents.Places;
using PoliticalEvents.Records;
using PoliticalEvents.Releases;
using PoliticalEvents.Sources;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv.Sheets;

/// <summary>
/// Imports the one-row-per-prisoner sheet that human-rights groups keep (name, birth date, date of detention, charges,
/// sentence, prison, status, release date, source …) as persons, detentions and releases. All or nothing: every
/// problem is reported by row and column, and when there is any error no record is returned.
/// </summary>
/// <remarks>
/// <para>The first non-blank row is the header. Columns are recognised by their header (<see cref="HeaderNames"/>,
/// case-insensitive) or mapped explicitly (<see cref="PrisonerSheetOptions.Columns"/>); a column that is neither is an
/// error, so no data is dropped unnoticed (map it to <see cref="SheetColumn.Ignore"/> to leave it out).</para>
/// <para>Each data row becomes a person (<c>{prefix}-row{N}-person</c>); with a date of detention, a detention of that
/// person (<c>-detention</c>) holding the charges, sentences, prison and status; with a release date, a release
/// (<c>-release</c>) that names the person and the detention, which then has ended on that date. Facts that need a
/// detention (charges, sentence, prison, a status "in custody") in a row without a date of detention are errors,
/// as is a sentence without the date of its verdict: the format records a detention only with when it began and a
/// sentence only with when it was imposed, and the importer never invents dates. Every row is a different person: a
/// sheet that lists a person twice gives two persons.</para>
/// <para>The result is validated with <see cref="DatasetValidator"/>; its findings are reported at the row and column
/// they come from. Messages never contain a cell's content.</para>
/// </remarks>
public static class PrisonerSheetImporter
{
    private static readonly SheetColumn[] Roles = Enum.GetValues<SheetColumn>();

    /// <summary>The header names a column is recognised by, without mapping (lower case; compared case-insensitively).</summary>
    public static IReadOnlyList<string> HeaderNames(SheetColumn column) => SheetHeaders.Names.GetValueOrDefault(column) ?? [];

    /// <summary>The wire name of a role (<c>detentionDate</c>), as mappings give it.</summary>
    public static string WireName(SheetColumn column) => WireNames<SheetColumn>.Of(column);

    /// <summary>The role with the wire name <paramref name="name"/> (case-insensitive).</summary>
    public static bool TryParseColumn(string name, out SheetColumn column)
    {
        foreach (SheetColumn role in Roles)
        {
            if (string.Equals(WireName(role), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                column = role;
                return true;
            }
        }

        column = default;
        return false;
    }

    /// <summary>Imports a sheet saved as CSV (UTF-8, comma-separated; see <see cref="CsvReader"/>).</summary>
    /// <param name="csv">The sheet; read to its end.</param>
    /// <param name="options">The mapping and what the sheet does not say; defaults when null.</param>
    /// <exception cref="ArgumentException"><see cref="PrisonerSheetOptions.IdPrefix"/> is not a valid id of at most 100 characters.</exception>
    public static PrisonerSheetResult Import(Stream csv, PrisonerSheetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new CsvReader(csv, new CsvReaderOptions { LeaveOpen = true });
        return Import(reader, options ?? new PrisonerSheetOptions());
    }

    private static PrisonerSheetResult Import(CsvReader reader, PrisonerSheetOptions options)
    {
        if (options.IdPrefix.Length > 100 || !RecordId.IsValid(options.IdPrefix))
        {
            throw new ArgumentException("The id prefix must be a valid id (letters, digits, '.' and '-', starting and ending with a letter or digit) of at most 100 characters.", nameof(options));
        }

        var findings = new List<CsvFinding>();
        CsvRow? header = reader.ReadRows().FirstOrDefault(static r => !r.IsBlank);
        if (header is null)
        {
            findings.Add(reader.Error ?? new CsvFinding { Code = CsvCodes.NoHeader, Message = "the sheet is empty: it has no header row.", Severity = Severity.Error });
            return new PrisonerSheetResult { Findings = findings, Rows = 0, Mapping = [], HeaderRow = 0 };
        }

        SheetLayout? layout = SheetLayout.Read(header, options, findings);
        var rows = new List<SheetRow>();
        int count = 0;
        while (reader.ReadRow() is { } row)
        {
            if (row.IsBlank)
            {
                continue;
            }

            count++;
            if (layout is not null)
            {
                rows.Add(SheetRow.Read(row, layout, options, findings));
            }
        }

        if (reader.Error is { } error)
        {
            findings.Add(error);
        }

        if (layout is not null && layout.NeedsSheetCountry && options.Country is null && rows.Exists(static r => r.HasDetentionDate))
        {
            findings.Add(new CsvFinding
            {
                Code = CsvCodes.Needs, Severity = Severity.Error,
                Message = "the detentions need the country where the people are held: give the country of the whole sheet, or add a Country column.",
            });
        }

        IReadOnlyList<KeyValuePair<string?, SheetColumn?>> mapping = layout?.Mapping ?? [];
        if (findings.Exists(static f => f.Severity == Severity.Error))
        {
            return new PrisonerSheetResult { Findings = Sorted(findings), Rows = count, Mapping = mapping, HeaderRow = header.Number };
        }

        var dataset = new Dataset
        {
            FormatVersion = Dataset.CurrentFormatVersion,
            Title = options.Title,
            Records = [.. rows.SelectMany(static r => r.Records())],
        };

        // The format's own rules (dates in order, and the rest), reported where the facts came from.
        var rowOfRecord = new Dictionary<string, SheetRow>(StringComparer.Ordinal);
        foreach (SheetRow row in rows)
        {
            foreach (Record record in row.Records())
            {
                rowOfRecord[record.Id.Value] = row;
            }
        }

        foreach (ValidationError finding in DatasetValidator.Validate(dataset, options.Validation).Errors)
        {
            SheetRow? row = finding.RecordId is { } id ? rowOfRecord.GetValueOrDefault(id) : null;
            findings.Add(new CsvFinding
            {
                Row = row?.Number,
                Line = row?.Line,
                Column = row is null ? null : layout!.HeaderOf(ColumnOf(finding)),
                Code = finding.Code,
                Message = finding.Message,
                Severity = finding.Severity,
                RecordId = finding.RecordId,
            });
        }

        bool valid = !findings.Exists(static f => f.Severity == Severity.Error);
        return new PrisonerSheetResult { Dataset = valid ? dataset : null, Findings = Sorted(findings), Rows = count, Mapping = mapping, HeaderRow = header.Number };
    }

    private static List<CsvFinding> Sorted(List<CsvFinding> findings)
        => [.. findings.Select((f, i) => (f, i)).OrderBy(static p => p.f.Row ?? 0).ThenBy(static p => p.i).Select(static p => p.f)];

    // The column a validation finding is about, from the record's type and the finding's pointer.
    private static SheetColumn? ColumnOf(ValidationError finding)
    {
        if (finding.Code == ValidationCodes.RecordNoSources)
        {
            return SheetColumn.Source;
        }

        string[] path = finding.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string field = path.Length > 2 && path[0] == "records" ? path[2] : string.Empty;
        string? subfield = path.Length > 4 ? path[4] : null;
        string kind = finding.RecordId?.Split('-')[^1] ?? string.Empty;
        return (kind, field) switch
        {
            (_, "sources") => SheetColumn.Source,
            (_, "notes") => SheetColumn.Notes,
            ("person", "name" or "anonymous") => SheetColumn.Name,
            ("person", "gender") => SheetColumn.Gender,
            ("person", "birthDate") => SheetColumn.BirthDate,
            ("person", "deathDate") => SheetColumn.DeathDate,
            ("person", "nationalities") => SheetColumn.Nationality,
            ("detention", "startedOn") => SheetColumn.DetentionDate,
            ("detention", "endedOn") => SheetColumn.ReleaseDate,
            ("detention", "status") => SheetColumn.Status,
            ("detention", "country") => SheetColumn.Country,
            ("detention", "charges") => SheetColumn.Charges,
            ("detention", "sentences") => subfield == "imposedOn" ? SheetColumn.VerdictDate : SheetColumn.Sentence,
            ("detention", "placements") => SheetColumn.Prison,
            ("release", "releasedOn" or "detainees") => SheetColumn.ReleaseDate,
            ("release", "kind") => SheetColumn.ReleaseKind,
            _ => null,
        };
    }
}
