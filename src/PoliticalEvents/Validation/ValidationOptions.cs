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

    /// <summary>
    /// How much memory, in bytes, the dataset rules may give their index of ids and references (an estimate); past it,
    /// the index is sorted and written to temporary files that are merged at the end, so a dataset of any size is
    /// checked in bounded memory. Null (the default) means: 32 MiB for data read as it streams
    /// (<see cref="StreamingValidator"/>, JSON Lines), and no limit for a dataset already in memory
    /// (<see cref="DatasetValidator.Validate(Dataset, ValidationOptions)"/>, documents), whose records take far
    /// more memory than the index. Raise it to trade memory for speed on large streams. One part of the index stays in
    /// memory beyond the limit: each organization's parent (about 200 bytes per organization with a <c>parentId</c>),
    /// which the rule against cycles of parents needs to the end; it is counted against the limit, and leaves the rest
    /// at least half of it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long? IndexMemoryLimit
    {
        get;
        init => field = value is null or > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must be positive.");
    }

    /// <summary>The index limit of a streaming run when <see cref="IndexMemoryLimit"/> is null.</summary>
    internal const long StreamingIndexMemoryLimit = 32L * 1024 * 1024;

    /// <summary>
    /// The directory for the index's temporary files when it outgrows <see cref="IndexMemoryLimit"/>; null for the
    /// system's temporary directory (<c>TMPDIR</c> on Unix, <c>TEMP</c> on Windows). The files are readable by the current
    /// user only (on Unix) and deleted when the run ends; they hold ids, pointers, line numbers and the dates that
    /// releases are checked against, never other record contents.
    /// </summary>
    public string? TemporaryDirectory { get; init; }

    internal LocalDate ResolveToday() => Today ?? SystemClock.Instance.GetCurrentInstant().InUtc().Date;
}
