
namespace PoliticalEvents;

/// <summary>
/// Membership of, or a position in, an organization (a party, an NGO, a newsroom, a ministry); or, in format 1.1, a
/// position held without an organization record, as sanctions lists give it.
/// </summary>
/// <remarks>At least one of <see cref="OrganizationId"/> or <see cref="Role"/> is given (checked by validation).</remarks>
public sealed record Affiliation
{
    /// <summary>
    /// The organization; absent for a position whose organization has no record of its own (format 1.1: then the role
    /// says what the position is).
    /// </summary>
    public OrganizationId? OrganizationId { get; init; }

    /// <summary>
    /// The role held, in words (<c>leader</c>, <c>member</c>, <c>editor</c>); without an organization, the position as
    /// the source words it (<c>former Minister of Internal Affairs</c>).
    /// </summary>
    public string? Role { get; init; }

    /// <summary>Since when, to the precision known; unknown when null.</summary>
    public PartialDate? From { get; init; }

    /// <summary>Until when; null when ongoing or unknown.</summary>
    public PartialDate? Until { get; init; }
}
