namespace PoliticalEvents;

/// <summary>
/// The actor's id in another register: Wikidata (<c>Q42</c>), OpenSanctions, a sanctions list
/// (<c>ofac</c>, <c>eu-fsf</c>, <c>un-sc</c>), Viasna's prisoner list, …
/// </summary>
/// <remarks>The scheme matches <c>^[a-z][a-z0-9-]*$</c>; values of known schemes are checked by validation
/// (for example <c>wikidata</c> values match <c>^Q[1-9][0-9]*$</c>).</remarks>
public sealed record ExternalIdentifier
{
    /// <summary>The register, e.g. <c>wikidata</c>, <c>opensanctions</c>, <c>ofac</c>, <c>eu-fsf</c>, <c>un-sc</c>, <c>viasna</c>.</summary>
    public required string Scheme { get; init; }

    /// <summary>The id within that register.</summary>
    public required string Value { get; init; }
}
