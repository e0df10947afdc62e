using PoliticalEvents.Validation;

namespace PoliticalEvents.Redaction;

/// <summary>
/// The outcome of <see cref="Redactor.Redact"/>: the redacted dataset and its report, or — when the input does not
/// validate — neither, and the findings that say why.
/// </summary>
public sealed class RedactionResult
{
    internal RedactionResult(ValidationResult validation, Dataset? dataset, RedactionReport? report)
    {
        Validation = validation;
        Dataset = dataset;
        Report = report;
    }

    /// <summary>The findings of validating the input: errors when it was refused, otherwise warnings at most.</summary>
    public ValidationResult Validation { get; }

    /// <summary>The redacted dataset; null when the input was refused.</summary>
    public Dataset? Dataset { get; }

    /// <summary>What the redaction did; null when the input was refused.</summary>
    public RedactionReport? Report { get; }

    /// <summary>True when the input validated and was redacted.</summary>
    public bool Succeeded => Dataset is not null;

    /// <summary>The outcome in words, never contents.</summary>
    /// <returns>"refused: …" or the report's summary.</returns>
    public override string ToString() => Report is { } report ? report.ToString() : $"refused: {Validation}";
}
