using NodaTime;

namespace PoliticalEvents.Validation;

/// <summary>Settings of a validation run.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options: today from the system clock (UTC).</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// The day to treat as today for the "date in the future" warning (dates more than a year after it are
    /// flagged); null to use the system clock (UTC). Set it to make runs reproducible.
    /// </summary>
    public LocalDate? Today { get; init; }

    internal LocalDate ResolveToday() => Today ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;
}
