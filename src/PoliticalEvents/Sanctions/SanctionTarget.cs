
namespace PoliticalEvents;

/// <summary>
/// Whom or what a measure targets: exactly one of an actor (a person, a company), an economic sector
/// ("potash") or a whole country.
/// </summary>
/// <remarks>Use <see cref="ForActor"/>, <see cref="ForSector"/> or <see cref="ForCountry"/> to build one; validation
/// reports a target that has none or several of the three.</remarks>
public sealed record SanctionTarget
{
    /// <summary>The targeted person or organization.</summary>
    public ActorId? ActorId { get; init; }

    /// <summary>The targeted economic sector, in words ("potash", "aviation").</summary>
    public string? Sector { get; init; }

    /// <summary>The targeted country as a whole.</summary>
    public CountryCode? Country { get; init; }

    /// <summary>A target that is an actor.</summary>
    /// <param name="actorId">The actor.</param>
    /// <returns>The target.</returns>
    public static SanctionTarget ForActor(ActorId actorId) => new() { ActorId = actorId };

    /// <summary>A target that is an economic sector.</summary>
    /// <param name="sector">The sector in words.</param>
    /// <returns>The target.</returns>
    public static SanctionTarget ForSector(string sector) => new() { Sector = sector };

    /// <summary>A target that is a country.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The target.</returns>
    public static SanctionTarget ForCountry(CountryCode country) => new() { Country = country };
}
