namespace PoliticalEvents;

/// <summary>One hearing of a <see cref="Proceeding"/>. Format 1.1.</summary>
public sealed record Hearing
{
    /// <summary>When the hearing took place, to the precision known.</summary>
    public required PartialDate On { get; init; }

    /// <summary>What the hearing was for.</summary>
    public HearingKind? Kind { get; init; }

    /// <summary>The court that held it, when not the proceeding's court (an appeal court, say).</summary>
    public OrganizationId? CourtId { get; init; }

    /// <summary>True when the public (and often relatives and the press) were kept out.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool ClosedToPublic { get; init; }

    /// <summary>Free-text remarks about the hearing. Treated as sensitive: redaction removes them where it removes a record's notes.</summary>
    public string? Notes { get; init; }
}
