using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Rejects <c>null</c> elements in arrays of objects and strings (<c>"sources":[null]</c>, <c>"roles":[null]</c>).
/// System.Text.Json does not apply nullable annotations to collection elements, so without this a null would get
/// into lists that the model declares non-null. Arrays of value types (codes, enum values) reject null in their
/// element converters already.
/// </summary>
internal static class NullElements
{
    /// <summary>A contract modifier: after an object with such lists is read, checks them and fails at the first null element.</summary>
    public static void Reject(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        JsonPropertyInfo[] lists = typeInfo.Properties.Where(IsListOfReferences).ToArray();
        if (lists.Length == 0)
        {
            return;
        }

        Action<object>? previous = typeInfo.OnDeserialized;
        typeInfo.OnDeserialized = value =>
        {
            previous?.Invoke(value);
            Check(value, lists);
        };
    }

    private static bool IsListOfReferences(JsonPropertyInfo property)
        => property.Get is not null
        && property.PropertyType.IsGenericType
        && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
        && !property.PropertyType.GetGenericArguments()[0].IsValueType;

    private static void Check(object value, JsonPropertyInfo[] lists)
    {
        foreach (JsonPropertyInfo property in lists)
        {
            if (property.Get!(value) is not IEnumerable items)
            {
                continue;
            }

            int index = 0;
            foreach (object? item in items)
            {
                if (item is null)
                {
                    // Thrown once the object is complete, so the reader's path is the object's; the pointer goes on from there.
                    throw new WireFormatException("type", "An array element must not be null.")
                    {
                        RelativePointer = JsonLocator.Token(property.Name) + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    };
                }

                index++;
            }
        }
    }
}
