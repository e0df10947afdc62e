using System.Text.Json.Serialization;
using NodaTime;

namespace PoliticalEvents.Serialization;

/// <summary>The first line of a JSON Lines dataset: the document's metadata under <c>"type":"dataset"</c>, without records.</summary>
internal sealed record DatasetHeaderLine
{
    public const string TypeValue = "dataset";

    [JsonPropertyOrder(-200)]
    public required string Type { get; init; }

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-100)]
    public string? Schema { get; init; }

    [JsonPropertyOrder(-99)]
    public required string FormatVersion { get; init; }

    [JsonPropertyOrder(-98)]
    public required string Title { get; init; }

    [JsonPropertyOrder(-97)]
    public string? Description { get; init; }

    [JsonPropertyOrder(-96)]
    public Publisher? Publisher { get; init; }

    [JsonPropertyOrder(-95)]
    public string? License { get; init; }

    [JsonPropertyOrder(-94)]
    public Instant? CreatedAt { get; init; }

    public static DatasetHeaderLine From(Dataset dataset) => new()
    {
        Type = TypeValue,
        Schema = dataset.Schema,
        FormatVersion = dataset.FormatVersion,
        Title = dataset.Title,
        Description = dataset.Description,
        Publisher = dataset.Publisher,
        License = dataset.License,
        CreatedAt = dataset.CreatedAt,
    };

    public Dataset ToDataset(IReadOnlyList<Record> records) => new()
    {
        Schema = Schema,
        FormatVersion = FormatVersion,
        Title = Title,
        Description = Description,
        Publisher = Publisher,
        License = License,
        CreatedAt = CreatedAt,
        Records = records,
    };
}
