namespace PoliticalEvents.Serialization;

/// <summary>The two wire forms of a dataset, or <see cref="Detect"/> to tell them apart from the input.</summary>
public enum DatasetFormat
{
    /// <summary>
    /// Tell from the input: a first non-blank line whose object has <c>"type"</c> before <c>"records"</c>, or that is a
    /// whole object on one line, is JSON Lines; anything else is a document (see docs/format.md, "Telling the forms apart").
    /// </summary>
    Detect = 0,

    /// <summary>A dataset document: <c>{"formatVersion":"1.0","title":…,"records":[…]}</c>.</summary>
    Document = 1,

    /// <summary>JSON Lines: an optional <c>{"type":"dataset",…}</c> first line, then one record per line.</summary>
    JsonLines = 2,
}
