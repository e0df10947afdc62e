
namespace PoliticalEvents.Serialization;

/// <summary>A dataset read in preserve-unknown mode: its metadata and records, each with the properties this version does not know.</summary>
/// <param name="Metadata">The dataset's metadata (its <see cref="Dataset.Records"/> is empty); null for JSON Lines without a header line.</param>
/// <param name="MetadataUnknown">Unknown properties of the metadata object.</param>
/// <param name="Records">The records, each with its unknown properties, in input order.</param>
public sealed record PreservedDataset(Dataset? Metadata, UnknownProperties MetadataUnknown, IReadOnlyList<(Record Record, UnknownProperties Unknown)> Records);
