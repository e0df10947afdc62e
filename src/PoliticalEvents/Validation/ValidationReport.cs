using System.Text.Json;
using PoliticalEvents.Serialization;

namespace PoliticalEvents.Validation;

/// <summary>One input of a <see cref="ValidationReport"/>: what it is called, what validating it found, and how many records it had.</summary>
public sealed record ValidatedInput
{
    /// <summary>The input's name as the report shows it: a file name as given, or <c>-</c> for standard input.</summary>
    public required string Path { get; init; }

    /// <summary>The findings of every validation layer, in input order.</summary>
    public required ValidationResult Result { get; init; }

    /// <summary>
    /// How many records were read: a document's records when it reads (none when it cannot be read); for JSON Lines
    /// every good record line.
    /// </summary>
    public required int Records { get; init; }

    /// <summary>True when checking stopped at an error limit before the end of the input (see <see cref="StreamingValidator.Stop"/>).</summary>
    public bool Stopped { get; init; }
}

/// <summary>
/// The report of validating one or more inputs, as JSON (the report of <c>polev validate --format json</c>):
/// <c>{"files":[{"path","errors":[finding, …],"valid","records","stopped"?}]}</c>. Written with
/// <see cref="Utf8JsonWriter"/> through <see cref="ValidationReportWriter"/>, which writes the same report as the
/// findings come: no reflection, trim- and AOT-safe.
/// </summary>
/// <remarks>
/// A finding is <c>{"path","code","message","severity","line"?,"column"?,"recordId"?}</c>: the JSON Pointer, the
/// stable code, the message, <c>error</c>, <c>warning</c> or <c>info</c>, and the line, column and record id when known.
/// The report holds what the findings hold, never the data (docs/validation.md).
/// </remarks>
public sealed class ValidationReport
{
    /// <summary>Creates the report of <paramref name="inputs"/>.</summary>
    /// <param name="inputs">The inputs, in the order to report them.</param>
    public ValidationReport(IReadOnlyList<ValidatedInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Inputs = inputs;
    }

    /// <summary>The inputs, in order.</summary>
    public IReadOnlyList<ValidatedInput> Inputs { get; }

    /// <summary>True when no input has an error.</summary>
    public bool Succeeded => Inputs.All(static i => i.Result.Succeeded);

    /// <summary>Writes the report as one JSON object, with the writer's own options (indentation, escaping).</summary>
    /// <param name="writer">The writer.</param>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var report = new ValidationReportWriter(writer, ValidationReportFormat.Json);
        Write(report);
    }

    /// <summary>
    /// Writes the report as <c>polev validate --format json</c> prints it: indented, non-ASCII text unescaped as in the
    /// data (<see cref="PoliticalEventsJson.Options"/>), and a line break at the end.
    /// </summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    public void WriteJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var report = new ValidationReportWriter(utf8Json, ValidationReportFormat.Json);
        Write(report);
    }

    /// <summary>Writes one finding as the report does: <c>{"path","code","message","severity","line"?,"column"?,"recordId"?}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="finding">The finding.</param>
    public static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(finding);
        writer.WriteStartObject();
        ValidationReportWriter.WriteFindingProperties(writer, finding);
        writer.WriteEndObject();
    }

    private void Write(ValidationReportWriter report)
    {
        foreach (ValidatedInput input in Inputs)
        {
            report.StartInput(input.Path);
            foreach (Finding finding in input.Result.Findings)
            {
                report.WriteFinding(finding);
            }

            report.EndInput(input.Records, input.Stopped);
        }

        report.Complete();
    }
}
