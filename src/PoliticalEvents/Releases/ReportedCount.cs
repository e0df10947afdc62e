namespace PoliticalEvents;

/// <summary>
/// The number of people an authority or a source said were released, which may exceed the people the dataset
/// names (Belarus freed 123 on 13 December 2025; a dataset may name three of them).
/// </summary>
public sealed record ReportedCount
{
    /// <summary>The number reported, at least 1. On the wire a JSON number without a fraction (<c>123</c>, or <c>123.0</c> as JSON Schema allows).</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(WholeNumberConverter))]
    public required int Value { get; init; }

    /// <summary>How exact the number is.</summary>
    public required CountQualifier Qualifier { get; init; }

    /// <summary>Who reported it, in words ("Viasna, via AP").</summary>
    public string? By { get; init; }
}
