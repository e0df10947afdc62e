
namespace PoliticalEvents;

/// <summary>
/// Whom or what a measure targets: an actor (a person, a company), an economic sector ("potash"), possibly of one
/// country ("aviation" of Belarus, format 1.1), or a whole country; and, in format 1.1, when and why this target was
/// listed and delisted, with the imposer's own reference.
/// </summary>
/// <remarks>
/// <para>Use <see cref="ForActor"/>, <see cref="ForSector(string)"/>, <see cref="ForSector(string, CountryCode)"/> or
/// <see cref="ForCountry"/> to build one; validation reports a target that is none of these (<c>oneOf</c>).</para>
/// <para>One measure often lists its targets on different days, each with its own statement of reasons: the
/// measure's history says when the measure as a whole was imposed, eased or lifted; <see cref="ListedOn"/> and
/// <see cref="DelistedOn"/> say when this target came onto it and went off it
/// (<see cref="SanctionMeasure.StatusOn(NodaTime.LocalDate, SanctionTarget)"/> weighs both).</para>
/// </remarks>
public sealed record SanctionTarget
{
    /// <summary>The targeted person or organization.</summary>
    public ActorId? ActorId { get; init; }

    /// <summary>The targeted economic sector, in words ("potash", "aviation"); with <see cref="Country"/>, that country's sector (format 1.1).</summary>
    public string? Sector { get; init; }

    /// <summary>The targeted country as a whole; or, with <see cref="Sector"/>, the country whose sector is targeted (format 1.1).</summary>
    public CountryCode? Country { get; init; }

    /// <summary>
    /// When this target was listed, to the precision known; unknown when null (the measure's <c>imposed</c> step then
    /// stands for it). A listing known only to be in force when a list was published is an open interval ending that
    /// day (<c>../2025-11-30</c>). Format 1.1.
    /// </summary>
    public PartialDate? ListedOn { get; init; }

    /// <summary>When this target was delisted (removed from the measure while the measure itself stays); null while listed or when unknown. Format 1.1.</summary>
    public PartialDate? DelistedOn { get; init; }

    /// <summary>
    /// The imposer's own reference for this listing: an OFAC UID ("36"), an EU reference number ("EU.27.28") or
    /// Financial Sanctions Files logical id, a UN reference number ("CDi.001"). Format 1.1.
    /// </summary>
    public string? ListingId { get; init; }

    /// <summary>The statement of reasons for listing this target, as the imposer gave it (format 1.1); the measure's own <see cref="SanctionMeasure.Reason"/> is for the measure as a whole.</summary>
    public string? Reason { get; init; }

    /// <summary>Why this target was delisted, as the imposer gave it (format 1.1).</summary>
    public string? DelistingReason { get; init; }

    /// <summary>A target that is an actor.</summary>
    /// <param name="actorId">The actor.</param>
    /// <returns>The target.</returns>
    public static SanctionTarget ForActor(ActorId actorId) => new() { ActorId = actorId };

    /// <summary>A target that is an economic sector.</summary>
    /// <param name="sector">The sector in words.</param>
    /// <returns>The target.</returns>
    public static SanctionTarget ForSector(string sector) => new() { Sector = sector };

    /// <summary>A target that is an economic sector of one country (format 1.1).</summary>
    /// <param name="sector">The sector in words.</param>
    /// <param name="country">The country whose sector it is.</param>
    /// <returns>The target.</returns>
    public static SanctionTarget ForSector(string sector, CountryCode country) => new() { Sector = sector, Country = country };

    /// <summary>A target that is a country.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The target.</returns>
    public static SanctionTarget ForCountry(CountryCode country) => new() { Country = country };
}
