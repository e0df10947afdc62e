
namespace PoliticalEvents;

/// <summary>Membership of, or a position in, an organization (a party, an NGO, a newsroom, a ministry).</summary>
public sealed record Affiliation
{
    /// <summary>The organization.</summary>
    public required OrganizationId OrganizationId { get; init; }

    /// <summary>The role held, in words (<c>leader</c>, <c>member</c>, <c>editor</c>).</summary>
    public string? Role { get; init; }

    /// <summary>Since when, to the precision known; unknown when null.</summary>
    public PartialDate? From { get; init; }

    /// <summary>Until when; null when ongoing or unknown.</summary>
    public PartialDate? Until { get; init; }
}
