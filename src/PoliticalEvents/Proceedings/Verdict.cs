namespace PoliticalEvents;

/// <summary>The verdict on one defendant of a <see cref="Proceeding"/>. Format 1.1.</summary>
public sealed record Verdict
{
    /// <summary>When the verdict was pronounced, to the precision known.</summary>
    public PartialDate? On { get; init; }

    /// <summary>What the court decided.</summary>
    public required VerdictOutcome Outcome { get; init; }

    /// <summary>True when the defendant was tried without being present.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool InAbsentia { get; init; }
}
