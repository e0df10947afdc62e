
namespace PoliticalEvents;

/// <summary>
/// An attributed claim about a detainee's status, e.g. "Viasna recognises her as a political prisoner".
/// It is never derived by this library: it records who said it.
/// </summary>
public sealed record Designation
{
    /// <summary>Who made the designation, in words ("Human Rights Centre Viasna").</summary>
    public required string By { get; init; }

    /// <summary>Who made the designation, as an actor record.</summary>
    public ActorId? ById { get; init; }

    /// <summary>The status attributed.</summary>
    public required DesignationStatus Status { get; init; }

    /// <summary>When the designation was made.</summary>
    public PartialDate? On { get; init; }

    /// <summary>
    /// When the designating body withdrew the designation (a prisoner-of-conscience status withdrawn, say), if it did;
    /// the designation is kept, as what was said and when. Format 1.1.
    /// </summary>
    public PartialDate? WithdrawnOn { get; init; }

    /// <summary>The UN WGAD categories the designation relies on, if stated.</summary>
    public IReadOnlyList<WgadCategory> Criteria { get; init => field = value ?? []; } = [];

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The designation to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Designation? other)
        => other is not null && By == other.By && ById == other.ById && Status == other.Status && On == other.On && WithdrawnOn == other.WithdrawnOn
        && SequenceEquality.Equal(Criteria, other.Criteria);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(By, ById, Status, On, WithdrawnOn, SequenceEquality.Hash(Criteria));
}
