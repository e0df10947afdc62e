namespace PoliticalEvents.Serialization;

/// <summary>
/// Thrown by the writers (<see cref="PoliticalEventsJson.WriteDataset"/>, <c>WriteDatasetAsync</c>, <c>ToJson</c> and
/// <see cref="JsonLines"/>' <c>WriteAsync</c>) for a record or dataset they cannot write as JSON that reads back: a
/// required value that is null or has no value, a <c>null</c> in a list, a value outside its type, and, when a whole
/// <see cref="Dataset"/> is written, an id used twice.
/// </summary>
/// <remarks>
/// <para>The message names the record by its position and, when it has one, its type and id; the place by a JSON
/// Pointer; and the rule by <see cref="Code"/>. It never holds other contents of the record.</para>
/// <para>A record is checked just before it is written, so a writer that streams may have handed the records before it
/// to the stream: write to a temporary file and keep it only when the writer returns.</para>
/// <para>Codes (<see cref="Code"/>):</para>
/// <list type="table">
/// <item><term><c>required</c></term><description>A required property is null, or holds a default id, country code,
/// term or other value, which has no text (<c>default(PersonId)</c>).</description></item>
/// <item><term><c>value.default</c></term><description>An optional property or a list element holds such a default
/// value; leave the property null instead.</description></item>
/// <item><term><c>item.null</c></term><description>A list holds <c>null</c> (a record, a source, a name, …).</description></item>
/// <item><term><c>enum</c></term><description>An enum value that is not one of its members (<c>(SanctionKind)0</c>).</description></item>
/// <item><term><c>maxLength</c></term><description>A text longer than 100,000 characters.</description></item>
/// <item><term><c>text.encoding</c></term><description>A text holding half of a surrogate pair, which UTF-8 cannot encode.</description></item>
/// <item><term><c>date.calendar</c></term><description>A source's <c>accessedOn</c> not in the ISO calendar.</description></item>
/// <item><term><c>instant.range</c></term><description>A record's <c>modifiedAt</c> outside the years 1 to 9999, which the
/// wire form of an instant holds.</description></item>
/// <item><term><c>additionalProperties</c></term><description>A <see cref="SourceRecord"/> with sources of its own,
/// which a source record does not have.</description></item>
/// <item><term><c>number.notFinite</c></term><description>A coordinate of a <see cref="GeoLocation"/> that is NaN or
/// infinite, which JSON cannot hold.</description></item>
/// <item><term><c>dataset.duplicateId</c></term><description>A record has the id of an earlier record of the same
/// <see cref="Dataset"/> (the validation code). Writers that take the records as an <see cref="IAsyncEnumerable{T}"/>
/// do not compare ids: they pass on what they are given, as <c>polev convert --force</c> needs.</description></item>
/// </list>
/// </remarks>
public sealed class DatasetWriteException : InvalidOperationException
{
    internal DatasetWriteException(string message, string code, string path, int? recordIndex, RecordId? recordId)
        : base(message)
    {
        Code = code;
        Path = path;
        RecordIndex = recordIndex;
        RecordId = recordId;
    }

    /// <summary>The stable code of the rule (see the remarks on the class), e.g. <c>required</c>.</summary>
    public string Code { get; }

    /// <summary>
    /// The JSON Pointer of the value that cannot be written, as the reader would report it: within the document for a
    /// dataset document (<c>/records/3/subjectId</c>, <c>/title</c>), within the line for JSON Lines and within the
    /// record for a single record (<c>/subjectId</c>).
    /// </summary>
    public string Path { get; }

    /// <summary>The position (from 0) of the record among the records written; null when the problem is in the dataset's metadata or a single record is written.</summary>
    public int? RecordIndex { get; }

    /// <summary>The record's id, when it has one.</summary>
    public RecordId? RecordId { get; }
}
