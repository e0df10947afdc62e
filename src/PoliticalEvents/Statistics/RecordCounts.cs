namespace PoliticalEvents.Statistics;

/// <summary>How many records of each type a dataset holds.</summary>
/// <remarks>Every type is always present, with 0 when the dataset has none of it.</remarks>
public sealed record RecordCounts
{
    /// <summary>All records together (the sum of the other counts).</summary>
    public int Total => Persons + Organizations + Detentions + Releases + SanctionMeasures + Links + Facilities
        + Incidents
        + MassDetentions
        + Proceedings
        + Sources;

    /// <summary>Records of type <c>person</c>, anonymous persons included.</summary>
    public required int Persons { get; init; }

    /// <summary>Records of type <c>organization</c>.</summary>
    public required int Organizations { get; init; }

    /// <summary>Records of type <c>detention</c>.</summary>
    public required int Detentions { get; init; }

    /// <summary>Records of type <c>release</c> (acts of release, not people released).</summary>
    public required int Releases { get; init; }

    /// <summary>Records of type <c>sanctionMeasure</c>.</summary>
    public required int SanctionMeasures { get; init; }

    /// <summary>Records of type <c>link</c>.</summary>
    public required int Links { get; init; }

    /// <summary>Records of type <c>facility</c> (format 1.1); 0 when not set.</summary>
    public int Facilities { get; init; }

    /// <summary>Records of type <c>incident</c> (format 1.1); 0 when not set.</summary>
    public int Incidents { get; init; }

    /// <summary>Records of type <c>massDetention</c> (format 1.1); 0 when not set.</summary>
    public int MassDetentions { get; init; }

    /// <summary>Records of type <c>proceeding</c> (format 1.1); 0 when not set.</summary>
    public int Proceedings { get; init; }

    /// <summary>Records of type <c>source</c> (format 1.1): sources given once for the records that cite them by id; 0 when not set.</summary>
    public int Sources { get; init; }
}
