using System.Text.Json.Serialization;
using NodaTime;

namespace PoliticalEvents;

/// <summary>
/// A collection of records with its metadata: the unit that is published, exchanged and validated.
/// </summary>
/// <remarks>
/// <para>As a document (<c>.json</c>) it is one JSON object with the metadata and a <c>records</c> array. As JSON Lines
/// (<c>.jsonl</c>, <c>.ndjson</c>) the metadata is an optional first line <c>{"type":"dataset", …}</c> and each further
/// line is one record. Both forms carry the same information; see <see cref="Serialization.JsonLines"/>.</para>
/// <para>Record ids are unique within a dataset, and references between records resolve within it (checked by validation).</para>
/// </remarks>
public sealed record Dataset
{
    /// <summary>The current format version, <c>"1.1"</c>: the one a dataset built in code gets unless it says otherwise.</summary>
    public const string CurrentFormatVersion = "1.1";

    /// <summary>An optional JSON Schema URI for editors (<c>$schema</c>); kept as written.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-100)]
    public string? Schema { get; init; }

    /// <summary>The version of this format the dataset follows: <c>"1.0"</c> or <c>"1.1"</c>.</summary>
    /// <remarks>
    /// A dataset built in code needs no version: unless set, it is <see cref="CurrentFormatVersion"/>, the one this
    /// library writes. On the wire the property is still required (<see cref="JsonRequiredAttribute"/>): reading a
    /// document or a JSON Lines header line without it is an error, as before.
    /// </remarks>
    [JsonPropertyOrder(-99)]
    [JsonRequired]
    public string FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The dataset's title.</summary>
    [JsonPropertyOrder(-98)]
    public required string Title { get; init; }

    /// <summary>What the dataset covers and how it was compiled.</summary>
    [JsonPropertyOrder(-97)]
    public string? Description { get; init; }

    /// <summary>Who publishes the dataset.</summary>
    [JsonPropertyOrder(-96)]
    public Publisher? Publisher { get; init; }

    /// <summary>The licence of the data, preferably as an SPDX identifier (<c>CC-BY-4.0</c>).</summary>
    [JsonPropertyOrder(-95)]
    public string? License { get; init; }

    /// <summary>When the dataset was produced (UTC).</summary>
    [JsonPropertyOrder(-94)]
    public Instant? CreatedAt { get; init; }

    /// <summary>The records, in the order written.</summary>
    [JsonPropertyOrder(100)]
    public required IReadOnlyList<Record> Records { get; init; }

    /// <summary>Value equality, records by content.</summary>
    /// <param name="other">The dataset to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Dataset? other)
        => other is not null && Schema == other.Schema && FormatVersion == other.FormatVersion && Title == other.Title
        && Description == other.Description && Publisher == other.Publisher && License == other.License
        && CreatedAt == other.CreatedAt && SequenceEquality.Equal(Records, other.Records);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FormatVersion, Title, Description, CreatedAt, SequenceEquality.Hash(Records));

    /// <summary>The title and the number of records only; never record contents.</summary>
    /// <returns>A short description of the dataset.</returns>
    public override string ToString() => $"Dataset \"{Title}\" ({Records.Count} records)";
}
