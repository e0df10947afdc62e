using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PoliticalEvents.Serialization;

/// <summary>
/// The source-generated metadata of the wire format. Never used directly: <see cref="PoliticalEventsJson.Options"/>
/// adds the NodaTime converters and the canonical-writing rules on top.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Strict,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(Dataset))]
[JsonSerializable(typeof(Record))]
[JsonSerializable(typeof(DatasetHeaderLine))]
internal sealed partial class PoliticalEventsJsonContext : JsonSerializerContext;
