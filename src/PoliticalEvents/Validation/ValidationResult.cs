namespace PoliticalEvents.Validation;

/// <summary>
/// The findings of a validation: errors (the data is invalid), warnings (probably wrong) and infos, in the order
/// found. <see cref="Succeeded"/> means there is no error; warnings do not make data invalid.
/// </summary>
public sealed class ValidationResult
{
    /// <summary>A result with no findings.</summary>
    public static ValidationResult Valid { get; } = new([]);

    /// <summary>Creates a result from findings.</summary>
    /// <param name="findings">The findings, in the order found.</param>
    public ValidationResult(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        Findings = findings;
        foreach (Finding finding in findings)
        {
            ErrorCount += finding.Severity == Severity.Error ? 1 : 0;
            WarningCount += finding.Severity == Severity.Warning ? 1 : 0;
        }
    }

    /// <summary>Every finding, whatever its severity, in the order found (<see cref="ValidationReport"/> calls them <c>errors</c>).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The number of findings of severity <see cref="Severity.Error"/>.</summary>
    public int ErrorCount { get; }

    /// <summary>
    /// How many records were read and checked: of a dataset or an input that could be read, every record; of JSON Lines,
    /// the lines that read as records; 0 when a document could not be read (its findings then say why).
    /// </summary>
    public int RecordCount { get; init; }

    /// <summary>The number of findings of severity <see cref="Severity.Warning"/>.</summary>
    public int WarningCount { get; }

    /// <summary>True when there is no finding of severity <see cref="Severity.Error"/>: the data is valid.</summary>
    public bool Succeeded => ErrorCount == 0;

    /// <summary>The findings grouped by JSON Pointer, for RFC 9457 / ASP.NET <c>ValidationProblemDetails</c>.</summary>
    /// <returns>Pointer → messages, ordinal keys.</returns>
    public IDictionary<string, string[]> ToDictionary()
        => Findings.GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);

    /// <summary>The number of findings and of errors, never their contents.</summary>
    /// <returns>A summary such as "2 finding(s), 1 error(s)".</returns>
    public override string ToString() => $"{Findings.Count} finding(s), {ErrorCount} error(s)";
}
