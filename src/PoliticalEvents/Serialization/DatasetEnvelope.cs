using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace PoliticalEvents.Serialization;

/// <summary>A dataset document with its records left as raw JSON: used to check the metadata on its own when a document fails to read.</summary>
internal sealed record DatasetEnvelope
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    public required string FormatVersion { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public Publisher? Publisher { get; init; }

    public string? License { get; init; }

    public Instant? CreatedAt { get; init; }

    public required JsonElement Records { get; init; }
}
