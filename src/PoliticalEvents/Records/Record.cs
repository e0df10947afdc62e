using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// A record of a dataset: a <see cref="Person"/>, an <see cref="Organization"/>, a <see cref="Detention"/>,
/// a <see cref="Release"/>, a <see cref="SanctionMeasure"/>, a <see cref="Link"/> or, in format 1.1, a
/// <see cref="Facility"/>, an <see cref="Incident"/>, a <see cref="MassDetention"/>, a <see cref="Proceeding"/> or a
/// <see cref="SourceRecord"/>.
/// </summary>
/// <remarks>
/// <para>On the wire every record is a JSON object whose <c>"type"</c> names its kind (<c>person</c>,
/// <c>organization</c>, <c>detention</c>, <c>release</c>, <c>sanctionMeasure</c>, <c>link</c>; in format 1.1 also
/// <c>facility</c>, <c>incident</c>, <c>massDetention</c>, <c>proceeding</c>, <c>source</c>) and whose
/// <c>"id"</c> is unique within the dataset.</para>
/// <para>Optional lists are never null: absent on the wire (or initialised with null) they are empty.</para>
/// <para>Records are immutable. Equality is by value, including the contents of lists.
/// <see cref="ToString"/> prints only the type and id, never the contents: records describe people in danger.</para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(Person), "person")]
[JsonDerivedType(typeof(Organization), "organization")]
[JsonDerivedType(typeof(Detention), "detention")]
[JsonDerivedType(typeof(Release), "release")]
[JsonDerivedType(typeof(SanctionMeasure), "sanctionMeasure")]
[JsonDerivedType(typeof(Link), "link")]
[JsonDerivedType(typeof(Facility), "facility")]
[JsonDerivedType(typeof(Incident), "incident")]
[JsonDerivedType(typeof(MassDetention), "massDetention")]
[JsonDerivedType(typeof(Proceeding), "proceeding")]
[JsonDerivedType(typeof(SourceRecord), "source")]
public abstract record Record
{
    private protected Record()
    {
    }

    /// <summary>The record's id, unique within its dataset.</summary>
    [JsonPropertyOrder(-100)]
    public required RecordId Id { get; init; }

    /// <summary>
    /// When this record was last changed, for merging datasets and incremental updates: an instant in UTC
    /// (<c>2025-12-14T09:30:00Z</c>). Set by whoever keeps the data; unknown when null. Format 1.1.
    /// </summary>
    [JsonPropertyOrder(999)]
    public NodaTime.Instant? ModifiedAt { get; init; }

    /// <summary>Where the facts of this record come from. A record without sources gets a validation warning.</summary>
    [JsonPropertyOrder(1000)]
    public IReadOnlyList<Source> Sources { get; init => field = value ?? []; } = [];

    /// <summary>Free-text remarks by whoever keeps the data. Treated as sensitive: redaction removes them from restricted records.</summary>
    [JsonPropertyOrder(1001)]
    public string? Notes { get; init; }

    /// <summary>Who may see this record; <see cref="Confidentiality.Public"/> unless stated.</summary>
    [JsonPropertyOrder(1002)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Confidentiality Confidentiality { get; init; }

    /// <summary>The wire name of the record's type (<c>person</c>, <c>detention</c>, …).</summary>
    [JsonIgnore]
    public abstract string TypeName { get; }

    /// <summary>Compares the members declared on <see cref="Record"/>, lists by content.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns>Whether the two records are equal.</returns>
    public virtual bool Equals(Record? other)
        => ReferenceEquals(this, other)
        || (other is not null
            && EqualityContract == other.EqualityContract
            && Id == other.Id
            && ModifiedAt == other.ModifiedAt
            && SequenceEquality.Equal(Sources, other.Sources)
            && Notes == other.Notes
            && Confidentiality == other.Confidentiality);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EqualityContract, Id, ModifiedAt, SequenceEquality.Hash(Sources), Notes, Confidentiality);

    /// <summary>The record's type and id only, e.g. <c>detention det-1</c>; never its contents.</summary>
    /// <returns>A short description that locates the record.</returns>
    public sealed override string ToString() => $"{TypeName} {Id}";
}
