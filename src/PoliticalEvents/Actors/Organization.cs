using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// A body of people: a state, a ministry, a court, a security service, a party, an NGO, a newsroom, a company.
/// Wire type <c>organization</c>.
/// </summary>
/// <remarks><see cref="Country"/> is required for states, government bodies, courts and security services (checked by validation).</remarks>
public sealed record Organization : Actor
{
    /// <summary>What sort of body this is.</summary>
    [JsonPropertyOrder(-91)]
    public required OrganizationKind Kind { get; init; }

    /// <summary>The primary display name.</summary>
    [JsonPropertyOrder(-90)]
    public required string Name { get; init; }

    /// <summary>The country the body belongs to or is based in.</summary>
    [JsonPropertyOrder(-49)]
    public CountryCode? Country { get; init; }

    /// <summary>The organization this one is part of (OFAC is part of the US Treasury).</summary>
    [JsonPropertyOrder(-48)]
    public OrganizationId? ParentId { get; init; }

    /// <summary>
    /// When the body was founded, registered or incorporated, to the precision known (a registry's incorporation date,
    /// a party's founding congress). Format 1.1.
    /// </summary>
    [JsonPropertyOrder(-47)]
    public PartialDate? FoundedOn { get; init; }

    /// <summary>
    /// Its legal form, in words, as the registry or the source gives it (<c>Open joint-stock company</c>,
    /// <c>State-owned enterprise</c>). Format 1.1.
    /// </summary>
    [JsonPropertyOrder(-46)]
    public string? LegalForm { get; init; }

    /// <summary>A typed reference to this organization.</summary>
    [JsonIgnore]
    public OrganizationId Reference => new(Id.Value);

    /// <inheritdoc/>
    [JsonIgnore]
    public override string TypeName => "organization";
}
