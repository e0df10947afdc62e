using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Reads and writes an enum as its camelCase member name. Numbers are rejected, so a value means the same
/// thing in every language that reads the data.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
internal sealed class WireEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where T : struct, Enum;
