namespace PoliticalEvents.Serialization;

/// <summary>
/// The outcome of reading JSON: the value, or the errors that prevented reading it. Reading is all or nothing:
/// when <see cref="Findings"/> is not empty, <see cref="Value"/> is null (never a partial value).
/// </summary>
/// <typeparam name="T">The type read.</typeparam>
public sealed class ReadResult<T> where T : class
{
    private ReadResult(T? value, IReadOnlyList<Finding> errors) => (Value, Findings) = (value, errors);

    /// <summary>The value read; null when reading failed.</summary>
    public T? Value { get; }

    /// <summary>Why reading failed; empty on success.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>True when the value was read.</summary>
    public bool Succeeded => Value is not null;

    /// <summary>The value, or an exception describing the first error.</summary>
    /// <returns>The value read.</returns>
    /// <exception cref="InvalidDataException">Reading failed.</exception>
    public T GetValueOrThrow()
        => Value ?? throw new InvalidDataException($"The JSON could not be read: {Findings[0]}");

    internal static ReadResult<T> Success(T value) => new(value, []);

    internal static ReadResult<T> Failure(Finding error) => new(null, [error]);

    internal static ReadResult<T> Failure(IReadOnlyList<Finding> errors) => new(null, errors);
}
