using System.Text.Json;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>Looks at written JSON as JSON: the property names of an object, in the order written.</summary>
internal static class JsonShape
{
    public static IReadOnlyList<string> PropertyNames(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => p.Name)];
    }
}
