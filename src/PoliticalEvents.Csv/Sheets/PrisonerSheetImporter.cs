using System.Globalization;
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

    /// <summary>The role with the wire name <paramref name="name"/> (case-insensitive); null when no role has that name.</summary>
    public static SheetColumn? FindColumn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (SheetColumn role in Roles)
        {
            if (string.Equals(WireName(role), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>Imports a sheet saved as CSV (UTF-8, comma-separated, RFC 4180; see docs/csv.md) into a dataset in memory.</summary>
    /// <param name="csv">The sheet; read to its end.</param>
    /// <param name="options">The mapping and what the sheet does not say; defaults when null.</param>
    /// <remarks>The records are held in memory (about 4 KB a row). For a sheet of any size, stream the records with <see cref="PrisonerSheetReader"/>.</remarks>
    /// <exception cref="ArgumentException"><see cref="PrisonerSheetOptions.IdPrefix"/> is not a valid id of at most 100 characters.</exception>
    public static PrisonerSheetResult Import(Stream csv, PrisonerSheetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = new PrisonerSheetReader(csv, options);
        List<Record> records = [.. reader.ReadRecords()];
        PrisonerSheetResult result = reader.Complete();
        return result.Succeeded ? result with { Dataset = reader.Metadata with { Records = records } } : result;
    }

    // The column a validation finding is about, from the record's type and the finding's pointer.
    internal static SheetColumn? ColumnOf(Finding finding)
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
