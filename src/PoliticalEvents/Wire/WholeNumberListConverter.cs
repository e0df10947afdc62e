using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>
/// Reads a list of whole numbers (a sentence combination's positions) each as <see cref="WholeNumberConverter"/> reads
/// one: <c>0</c>, <c>0.0</c> and <c>0e0</c> are all 0, as JSON Schema's <c>"type": "integer"</c> counts them.
/// </summary>
internal sealed class WholeNumberListConverter : JsonConverter<IReadOnlyList<int>>
{
    private static readonly WholeNumberConverter Item = new();

    public override IReadOnlyList<int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new WireFormatException("type", $"Expected an array, found {JsonTokenText.Describe(reader.TokenType)}.");
        }

        var items = new List<int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(Item.Read(ref reader, typeof(int), options));
        }

        return [.. items];
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<int> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (int item in value)
        {
            writer.WriteNumberValue(item);
        }

        writer.WriteEndArray();
    }
}
