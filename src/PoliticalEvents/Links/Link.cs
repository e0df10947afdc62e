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

    /// <inheritdoc/>
    [JsonIgnore]
    public override string TypeName => "link";
}
