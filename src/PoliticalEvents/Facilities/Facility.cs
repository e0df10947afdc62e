using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// A place of detention that many records share: a prison, a penal colony, a pre-trial centre, a police station. Wire
/// type <c>facility</c>. Format 1.1.
/// </summary>
/// <remarks>
/// <para>A detention's <see cref="Placement"/> names a facility by <see cref="Placement.FacilityId"/>, with or instead of
/// its own <see cref="Placement.Facility"/> text. A facility is about a place, not a person: redaction keeps it in
/// public output.</para>
/// </remarks>
public sealed record Facility : Record
{
    /// <summary>The facility's name as commonly used ("Penal colony No. 3 (IK-3), Vitsba").</summary>
    [JsonPropertyOrder(-90)]
    public required string Name { get; init; }

    /// <summary>The kind of facility; unknown when null.</summary>
    [JsonPropertyOrder(-89)]
    public FacilityKind? Kind { get; init; }

    /// <summary>The country the facility is in.</summary>
    [JsonPropertyOrder(-88)]
    public required CountryCode Country { get; init; }

    /// <summary>The town or city ("Viciebsk").</summary>
    [JsonPropertyOrder(-87)]
    public string? Locality { get; init; }

    /// <summary>The organization that runs the facility (a ministry's penitentiary department, a security service).</summary>
    [JsonPropertyOrder(-86)]
    public OrganizationId? OperatorId { get; init; }

    /// <summary>Where the facility is, in WGS 84 coordinates.</summary>
    [JsonPropertyOrder(-85)]
    public GeoLocation? Location { get; init; }

    /// <summary>Ids of this facility in other registers (Wikidata, a monitoring group's list of prisons).</summary>
    [JsonPropertyOrder(-84)]
    public IReadOnlyList<ExternalIdentifier> Identifiers { get; init => field = value ?? []; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public override string TypeName => "facility";

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The facility to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Facility? other)
        => base.Equals(other)
        && Name == other!.Name && Kind == other.Kind && Country == other.Country && Locality == other.Locality
        && OperatorId == other.OperatorId && Location == other.Location
        && SequenceEquality.Equal(Identifiers, other.Identifiers);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(base.GetHashCode(), Name, Kind, Country, Locality, OperatorId, Location, SequenceEquality.Hash(Identifiers));
}
