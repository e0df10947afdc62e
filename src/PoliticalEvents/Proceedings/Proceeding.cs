using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// A criminal or administrative case: its court, judges and prosecutors, the defendants with their charges, verdicts
/// and sentences, and its hearings. Wire type <c>proceeding</c>. Format 1.1.
/// </summary>
/// <remarks>
/// <para>A sentence is recorded once: in the detention it was served in (optionally naming this proceeding with its
/// <see cref="Sentence.ProceedingId"/>), or in the defendant's entry here, for someone tried in absentia or never
/// detained. Validation warns when both hold sentences of the same person in this proceeding
/// (<c>proceeding.sentenceTwice</c>).</para>
/// </remarks>
public sealed record Proceeding : Record
{
    /// <summary>The country whose courts or authorities conduct the case.</summary>
    [JsonPropertyOrder(-90)]
    public required CountryCode Country { get; init; }

    /// <summary>The case's number as the court or the prosecution gives it ("1-123/2021"). It may identify the defendants.</summary>
    [JsonPropertyOrder(-89)]
    public string? CaseNumber { get; init; }

    /// <summary>The court that tries the case (of first instance), an organization record.</summary>
    [JsonPropertyOrder(-88)]
    public OrganizationId? CourtId { get; init; }

    /// <summary>The judges, as person records.</summary>
    [JsonPropertyOrder(-87)]
    public IReadOnlyList<PersonId> JudgeIds { get; init => field = value ?? []; } = [];

    /// <summary>The prosecutors, as person records.</summary>
    [JsonPropertyOrder(-86)]
    public IReadOnlyList<PersonId> ProsecutorIds { get; init => field = value ?? []; } = [];

    /// <summary>When the case was opened (the criminal case instituted, the administrative charge drawn up).</summary>
    [JsonPropertyOrder(-85)]
    public PartialDate? OpenedOn { get; init; }

    /// <summary>The people or organizations tried, at least one, each with their charges, verdict and sentences.</summary>
    [JsonPropertyOrder(-84)]
    public required IReadOnlyList<Defendant> Defendants { get; init; }

    /// <summary>The hearings known, in any order.</summary>
    [JsonPropertyOrder(-83)]
    public IReadOnlyList<Hearing> Hearings { get; init => field = value ?? []; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public override string TypeName => "proceeding";

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The proceeding to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Proceeding? other)
        => base.Equals(other)
        && Country == other!.Country && CaseNumber == other.CaseNumber && CourtId == other.CourtId
        && SequenceEquality.Equal(JudgeIds, other.JudgeIds) && SequenceEquality.Equal(ProsecutorIds, other.ProsecutorIds)
        && OpenedOn == other.OpenedOn && SequenceEquality.Equal(Defendants, other.Defendants) && SequenceEquality.Equal(Hearings, other.Hearings);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(
            base.GetHashCode(), Country, CaseNumber, CourtId, SequenceEquality.Hash(JudgeIds), SequenceEquality.Hash(ProsecutorIds), OpenedOn,
            HashCode.Combine(SequenceEquality.Hash(Defendants), SequenceEquality.Hash(Hearings)));
}
