
namespace PoliticalEvents;

/// <summary>A place where the detainee was held during the detention, for a period.</summary>
/// <remarks>
/// <para>Its dates must lie inside the detention (checked by validation).</para>
/// <para>A placement names its place by <see cref="Facility"/> (text), by <see cref="FacilityId"/> (a
/// <see cref="PoliticalEvents.Facility"/> record, format 1.1), or both: at least one of the two. With both, the text is
/// how the sources of this detention name the place. <see cref="FacilityKind"/> and <see cref="Locality"/> describe the
/// place as this placement's sources do and may differ from the facility record's (a police station's cells used as a
/// pre-trial centre, a locality renamed): no rule compares them.</para>
/// </remarks>
public sealed record Placement
{
    /// <summary>
    /// The facility's name ("Penal colony No. 4"). Required in format 1.0; in 1.1 it may be left out when
    /// <see cref="FacilityId"/> names the facility.
    /// </summary>
    public string? Facility { get; init; }

    /// <summary>The facility, as a <c>facility</c> record of the dataset. Format 1.1.</summary>
    public RecordId? FacilityId { get; init; }

    /// <summary>The kind of facility.</summary>
    public FacilityKind? FacilityKind { get; init; }

    /// <summary>The town or city ("Homiel").</summary>
    public string? Locality { get; init; }

    /// <summary>Since when, to the precision known.</summary>
    public PartialDate? From { get; init; }

    /// <summary>Until when; null when still there or unknown.</summary>
    public PartialDate? Until { get; init; }
}
