using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>A human being: a detainee, a released prisoner, an official, a judge. Wire type <c>person</c>.</summary>
/// <remarks>
/// A person is either named (<see cref="Name"/> given) or <see cref="Anonymous"/> (counted but not named, as
/// prisoner lists do when a family asks): never both, never neither. Validation enforces this, and everything
/// that writes data for others never writes an anonymous person's name.
/// </remarks>
public sealed record Person : Actor
{
    /// <summary>The primary display name, in the form the dataset's users know best; absent when <see cref="Anonymous"/>.</summary>
    [JsonPropertyOrder(-90)]
    public string? Name { get; init; }

    /// <summary>True when the person is counted but must not be named.</summary>
    [JsonPropertyOrder(-50)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Anonymous { get; init; }

    /// <summary>Gender as reported; null when not reported.</summary>
    [JsonPropertyOrder(-49)]
    public Gender? Gender { get; init; }

    /// <summary>Date of birth, to the precision known.</summary>
    [JsonPropertyOrder(-48)]
    public PartialDate? BirthDate { get; init; }

    /// <summary>Date of death, to the precision known; null when alive or unknown.</summary>
    [JsonPropertyOrder(-47)]
    public PartialDate? DeathDate { get; init; }

    /// <summary>Citizenships, as ISO 3166-1 alpha-2 codes.</summary>
    [JsonPropertyOrder(-46)]
    public IReadOnlyList<CountryCode> Nationalities { get; init => field = value ?? []; } = [];

    /// <summary>Where the person was born; several when sources disagree. Format 1.1.</summary>
    [JsonPropertyOrder(-45)]
    public IReadOnlyList<BirthPlace> BirthPlaces { get; init => field = value ?? []; } = [];

    /// <summary>The person's identity documents, as sanctions lists publish them for screening. Sensitive (see <see cref="IdentityDocument"/>). Format 1.1.</summary>
    [JsonPropertyOrder(-44)]
    public IReadOnlyList<IdentityDocument> IdentityDocuments { get; init => field = value ?? []; } = [];

    /// <summary>A typed reference to this person, for <see cref="Detention.SubjectId"/> and the like.</summary>
    [JsonIgnore]
    public PersonId Reference => new(Id.Value);

    /// <inheritdoc/>
    [JsonIgnore]
    public override string TypeName => "person";

    /// <summary>Value equality, lists by content.</summary>
    /// <param name="other">The person to compare with.</param>
    /// <returns>Whether the two are equal.</returns>
    public bool Equals(Person? other)
        => base.Equals(other)
        && Name == other!.Name
        && Anonymous == other.Anonymous
        && Gender == other.Gender
        && BirthDate == other.BirthDate
        && DeathDate == other.DeathDate
        && SequenceEquality.Equal(Nationalities, other.Nationalities)
        && SequenceEquality.Equal(BirthPlaces, other.BirthPlaces)
        && SequenceEquality.Equal(IdentityDocuments, other.IdentityDocuments);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(
            base.GetHashCode(),
            HashCode.Combine(Name, Anonymous, Gender, BirthDate, DeathDate),
            SequenceEquality.Hash(Nationalities),
            SequenceEquality.Hash(BirthPlaces),
            SequenceEquality.Hash(IdentityDocuments));
}
