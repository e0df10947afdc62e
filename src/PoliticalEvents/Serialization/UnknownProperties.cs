using System.Text.Json;

namespace PoliticalEvents.Serialization;

/// <summary>
/// The properties a record had on the wire that this version of the format does not know — from a newer 1.x
/// file — kept so that they can be written back unchanged. Grouped by the JSON Pointer of the object that held them,
/// relative to the record (<c>""</c> for the record itself, <c>/sentences/0</c> for its first sentence).
/// </summary>
/// <remarks>
/// Produced by <see cref="PreservingJson.ReadRecord"/> and consumed by <see cref="PreservingJson.ToJson"/>. The
/// pointers refer to the record as read: a tool that removes or reorders elements of a record's lists must drop the
/// unknown properties of that record rather than write them back to the wrong object.
/// </remarks>
public sealed class UnknownProperties
{
    /// <summary>No unknown properties.</summary>
    public static UnknownProperties None { get; } = new(new Dictionary<string, IReadOnlyDictionary<string, JsonElement>>(StringComparer.Ordinal));

    internal UnknownProperties(IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>> byObject) => ByObject = byObject;

    /// <summary>Object pointer → (property name → value, in the order read).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>> ByObject { get; }

    /// <summary>True when the record had no unknown property.</summary>
    public bool IsEmpty => ByObject.Count == 0;

    /// <summary>The number of unknown properties, and never their names or values.</summary>
    /// <returns>A short summary.</returns>
    public override string ToString() => $"{ByObject.Values.Sum(p => p.Count)} unknown propert(y/ies) in {ByObject.Count} object(s)";
}
