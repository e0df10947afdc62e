namespace PoliticalEvents.Serialization;

/// <summary>
/// One thing read from a dataset by <see cref="DatasetReader"/>: a record, the metadata, or a finding (something that
/// could not be read, with its location). Exactly one of <see cref="Record"/>, <see cref="Metadata"/> and
/// <see cref="Finding"/> is set, as <see cref="Kind"/> says.
/// </summary>
public sealed record DatasetEntry
{
    private DatasetEntry(DatasetEntryKind kind) => Kind = kind;

    /// <summary>What this entry holds.</summary>
    public DatasetEntryKind Kind { get; }

    /// <summary>The record, when <see cref="Kind"/> is <see cref="DatasetEntryKind.Record"/>.</summary>
    public Record? Record { get; private init; }

    /// <summary>
    /// The metadata (title, format version, publisher, …) with no records, when <see cref="Kind"/> is
    /// <see cref="DatasetEntryKind.Metadata"/>. A document's metadata comes after its records (its properties may
    /// follow <c>records</c>); a JSON Lines header line comes first.
    /// </summary>
    public Dataset? Metadata { get; private init; }

    /// <summary>What could not be read, when <see cref="Kind"/> is <see cref="DatasetEntryKind.Finding"/>.</summary>
    public Finding? Finding { get; private init; }

    /// <summary>The 1-based line where the record or metadata begins, or where the finding is; null when not known.</summary>
    public int? Line { get; private init; }

    /// <summary>The 0-based position of the record among the dataset's records (its index in <c>/records</c>), for records and for findings about one record.</summary>
    public int? RecordIndex { get; private init; }

    /// <summary>
    /// The properties this version of the format does not define, kept when reading with
    /// <see cref="DatasetReaderOptions.PreserveUnknownProperties"/>; <see cref="UnknownProperties.None"/> otherwise.
    /// </summary>
    public UnknownProperties Unknown { get; private init; } = UnknownProperties.None;

    /// <summary>An entry holding a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="recordIndex">Its 0-based position among the records.</param>
    /// <param name="line">The 1-based line where it begins, when known.</param>
    /// <param name="unknown">Properties kept that the format does not define, if any.</param>
    /// <returns>The entry.</returns>
    public static DatasetEntry ForRecord(Record record, int recordIndex, int? line = null, UnknownProperties? unknown = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfNegative(recordIndex);
        return new(DatasetEntryKind.Record) { Record = record, RecordIndex = recordIndex, Line = line, Unknown = unknown ?? UnknownProperties.None };
    }

    /// <summary>An entry holding the dataset's metadata.</summary>
    /// <param name="metadata">The metadata; its records are ignored.</param>
    /// <param name="line">The 1-based line where it begins, when known.</param>
    /// <param name="unknown">Properties kept that the format does not define, if any.</param>
    /// <returns>The entry.</returns>
    public static DatasetEntry ForMetadata(Dataset metadata, int? line = null, UnknownProperties? unknown = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return new(DatasetEntryKind.Metadata) { Metadata = metadata.Records.Count == 0 ? metadata : metadata with { Records = [] }, Line = line, Unknown = unknown ?? UnknownProperties.None };
    }

    /// <summary>An entry holding a finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="recordIndex">The 0-based position of the record it is about, when it is about one.</param>
    /// <returns>The entry.</returns>
    public static DatasetEntry ForFinding(Finding finding, int? recordIndex = null)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(DatasetEntryKind.Finding) { Finding = finding, RecordIndex = recordIndex, Line = finding.Line };
    }

    /// <summary>A one-line description that never includes record contents: the kind, the line and the record index or finding.</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString() => Kind switch
    {
        DatasetEntryKind.Record => $"record {RecordIndex} ({Record!.GetType().Name.ToLowerInvariant()} {Record.Id}) at line {Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}",
        DatasetEntryKind.Metadata => $"metadata at line {Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}",
        _ => Finding!.ToString(),
    };
}
