using PoliticalEvents.Csv;

namespace PoliticalEvents.Parquet;

/// <summary>How a column of the flat form is typed in Parquet.</summary>
internal enum ColumnKind
{
    /// <summary>Text as in the CSV export (ids, names, kinds and other enumerations by their wire names, terms, codes).</summary>
    Text,

    /// <summary>A partial date: its wire text, plus <c>&lt;column&gt;.earliest</c> and <c>&lt;column&gt;.latest</c> as dates.</summary>
    PartialDate,

    /// <summary>An instant (<c>modifiedAt</c>, <c>createdAt</c>): a UTC timestamp in milliseconds.</summary>
    Instant,

    /// <summary>A whole number: positions in lists, counts.</summary>
    Integer,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A latitude or longitude.</summary>
    Double,
}

/// <summary>
/// The Parquet type of each column of <see cref="CsvTables"/>, by the property it holds. A column not named here is text:
/// everything the CSV export writes is text, so a column the flat form gains later is written (as text) before it is
/// typed here. Tests read every typed column of every fixture through its type.
/// </summary>
internal static class ColumnKinds
{
    // Every date of the format is a partial date on the wire, or a day (accessedOn), which reads as one.
    private static readonly HashSet<string> PartialDates = new(StringComparer.Ordinal)
    {
        "birthDate", "deathDate", "foundedOn", "startedOn", "endedOn", "releasedOn", "on", "occurredOn", "issuedOn",
        "expiresOn", "from", "until", "withdrawnOn", "listedOn", "delistedOn", "openedOn", "verdict.on", "asOf",
        "publishedOn", "accessedOn", "imposedOn",
    };

    private static readonly HashSet<string> Instants = new(StringComparer.Ordinal) { "modifiedAt", "createdAt" };

    private static readonly HashSet<string> Integers = new(StringComparer.Ordinal)
    {
        "index", "historyIndex", "defendantIndex", "replacesIndex", "reportedCount.value", "rows",
    };

    private static readonly HashSet<string> Booleans = new(StringComparer.Ordinal)
    {
        "anonymous", "disputed", "inAbsentia", "verdict.inAbsentia", "closedToPublic",
    };

    private static readonly HashSet<string> Doubles = new(StringComparer.Ordinal) { "location.latitude", "location.longitude" };

    /// <summary>The kind of <paramref name="column"/> of <paramref name="table"/> (a file name of <see cref="CsvTables"/>).</summary>
    public static ColumnKind Of(string table, string column)
    {
        // "value" is a name, an identifier or a contact elsewhere; in a mass detention's counts it is the count.
        if (column == "value")
        {
            return table == CsvTables.MassDetentionCounts ? ColumnKind.Integer : ColumnKind.Text;
        }

        return PartialDates.Contains(column) ? ColumnKind.PartialDate
            : Instants.Contains(column) ? ColumnKind.Instant
            : Integers.Contains(column) ? ColumnKind.Integer
            : Booleans.Contains(column) ? ColumnKind.Boolean
            : Doubles.Contains(column) ? ColumnKind.Double
            : ColumnKind.Text;
    }
}
