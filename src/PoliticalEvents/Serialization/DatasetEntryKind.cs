namespace PoliticalEvents.Serialization;

/// <summary>What a <see cref="DatasetEntry"/> holds.</summary>
public enum DatasetEntryKind
{
    /// <summary>A record, read and checked against the wire format (<see cref="DatasetEntry.Record"/>).</summary>
    Record = 1,

    /// <summary>The dataset's metadata, without records (<see cref="DatasetEntry.Metadata"/>).</summary>
    Metadata = 2,

    /// <summary>Something that could not be read, located (<see cref="DatasetEntry.Finding"/>).</summary>
    Finding = 3,
}
