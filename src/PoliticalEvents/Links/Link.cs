using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// A typed, attributed relation between two records, e.g. "the release of 13 December 2025 was in response to
/// the lifting of potash sanctions, say US officials". Wire type <c>link</c>.
/// </summary>
/// <remarks>A link records a claim, with who made it; <see cref="Disputed"/> marks claims that others deny.</remarks>
public sealed record Link : Record
{
    /// <summary>How <see cref="FromId"/> relates to <see cref="ToId"/>.</summary>
    [JsonPropertyOrder(-90)]
    public required LinkKind Kind { get; init; }

    /// <summary>The first record of the relation.</summary>
    [JsonPropertyOrder(-89)]
    public required RecordId FromId { get; init; }

    /// <summary>The second record of the relation.</summary>
    [JsonPropertyOrder(-88)]
    public required RecordId ToId { get; init; }

    /// <summary>When the relation was established or asserted.</summary>
    [JsonPropertyOrder(-87)]
    public PartialDate? On { get; init; }

    /// <summary>Who asserts the relation, in words ("US officials", "ARTICLE 19").</summary>
    [JsonPropertyOrder(-86)]
    public string? AssertedBy { get; init; }

    /// <summary>Who asserts the relation, as an actor record.</summary>
    [JsonPropertyOrder(-85)]
    public ActorId? AssertedById { get; init; }

    /// <summary>True when others deny the relation (Lithuania's president said the September 2025 release was not an exchange).</summary>
    [JsonPropertyOrder(-84)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Disputed { get; init; }

    /// <summary>How confident the assertion is; unknown when null.</summary>
    [JsonPropertyOrder(-83)]
    public Confidence? Confidence { get; init; }

    /// <summary>
    /// The step of the history (<see cref="SanctionEvent.StepId"/>) of the sanction measure <see cref="FromId"/> that
    /// the relation is about, when it is about one step rather than the whole measure. Format 1.1.
    /// </summary>
    [JsonPropertyOrder(-82)]
    public string? FromStepId { get; init; }

    /// <summary>
    /// The step of the history of the sanction measure <see cref="ToId"/> that the relation is about: a release
    /// "in exchange for" the easing of 11 September 2025, not for the whole measure. Format 1.1.
    /// </summary>
    [JsonPropertyOrder(-81)]
    public string? ToStepId { get; init; }

    /// <summary>
    /// Who says the relation does not hold, alongside who asserts it ("not in exchange", said Lithuania's president),
    /// each attributed and dated. Format 1.1.
    /// </summary>
    [JsonPropertyOrder(-80)]
    public IReadOnlyList<LinkDenial> DeniedBy { get; init => field = value ?? []; } = [];

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The link to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Link? other)
        => base.Equals(other)
        && Kind == other!.Kind && FromId == other.FromId && ToId == other.ToId && On == other.On && AssertedBy == other.AssertedBy
        && AssertedById == other.AssertedById && Disputed == other.Disputed && Confidence == other.Confidence
        && FromStepId == other.FromStepId && ToStepId == other.ToStepId && SequenceEquality.Equal(DeniedBy, other.DeniedBy);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(
            base.GetHashCode(),
            HashCode.Combine(Kind, FromId, ToId, On, AssertedBy, AssertedById, Disputed, Confidence),
            FromStepId,
            ToStepId,
            SequenceEquality.Hash(DeniedBy));

    /// <inheritdoc/>
    [JsonIgnore]
    public override string TypeName => "link";
}
