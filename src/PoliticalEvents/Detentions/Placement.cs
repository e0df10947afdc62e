
namespace PoliticalEvents;

/// <summary>A place where the detainee was held during the detention, for a period.</summary>
/// <remarks>Its dates must lie inside the detention (checked by validation).</remarks>
public sealed record Placement
{
    /// <summary>The facility's name ("Penal colony No. 4").</summary>
    public required string Facility { get; init; }

    /// <summary>The kind of facility.</summary>
    public FacilityKind? FacilityKind { get; init; }

    /// <summary>The town or city ("Homiel").</summary>
    public string? Locality { get; init; }

    /// <summary>Since when, to the precision known.</summary>
    public PartialDate? From { get; init; }

    /// <summary>Until when; null when still there or unknown.</summary>
    public PartialDate? Until { get; init; }
}
