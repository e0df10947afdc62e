
namespace PoliticalEvents;

/// <summary>Who publishes a dataset.</summary>
public sealed record Publisher
{
    /// <summary>The publisher's name.</summary>
    public required string Name { get; init; }

    /// <summary>The publisher's website.</summary>
    public WebUrl? Url { get; init; }
}
