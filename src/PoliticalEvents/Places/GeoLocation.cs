namespace PoliticalEvents;

/// <summary>
/// A point on the Earth, in WGS 84 degrees (the coordinates of maps and GPS): where a facility is, or where a mass
/// detention happened. Format 1.1.
/// </summary>
/// <remarks>
/// On the wire an object of two JSON numbers, <c>{"latitude": 53.9, "longitude": 27.5667}</c>. The latitude is between
/// −90 and 90, the longitude between −180 and 180 (checked by validation). Give no more decimals than the source
/// supports: four decimals are about ten metres.
/// </remarks>
public sealed record GeoLocation
{
    /// <summary>Degrees north of the equator (south is negative), from −90 to 90.</summary>
    public required double Latitude { get; init; }

    /// <summary>Degrees east of the Greenwich meridian (west is negative), from −180 to 180.</summary>
    public required double Longitude { get; init; }
}
