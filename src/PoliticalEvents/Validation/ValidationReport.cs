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
/// <c>{"files":[{"path","valid","records","stopped"?,"errors":[finding, …]}]}</c>. Written with
/// <see cref="Utf8JsonWriter"/>: no reflection, trim- and AOT-safe.
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
        writer.WriteStartObject();
        writer.WriteStartArray("files"u8);
        foreach (ValidatedInput input in Inputs)
        {
            writer.WriteStartObject();
            writer.WriteString("path"u8, input.Path);
            writer.WriteBoolean("valid"u8, input.Result.Succeeded);
            writer.WriteNumber("records"u8, input.Records);
            if (input.Stopped)
            {
                writer.WriteBoolean("stopped"u8, true);
            }

            writer.WriteStartArray("errors"u8);
            foreach (Finding finding in input.Result.Findings)
            {
                WriteFinding(writer, finding);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the report as <c>polev validate --format json</c> prints it: indented, non-ASCII text unescaped as in the
    /// data (<see cref="PoliticalEventsJson.Options"/>), and a line break at the end.
    /// </summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    public void WriteJson(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using (var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, Encoder = PoliticalEventsJson.Options.Encoder }))
        {
            WriteJson(writer);
        }

        utf8Json.Write("\n"u8);
        utf8Json.Flush();
    }

    /// <summary>Writes one finding as the report does: <c>{"path","code","message","severity","line"?,"column"?,"recordId"?}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="finding">The finding.</param>
    public static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(finding);
        writer.WriteStartObject();
        writer.WriteString("path"u8, finding.Path);
        writer.WriteString("code"u8, finding.Code);
        writer.WriteString("message"u8, finding.Message);
        writer.WriteString("severity"u8, finding.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        });
        if (finding.Line is int line)
        {
            writer.WriteNumber("line"u8, line);
        }

        if (finding.Column is int column)
        {
            writer.WriteNumber("column"u8, column);
        }

        if (finding.RecordId is not null)
        {
            writer.WriteString("recordId"u8, finding.RecordId);
        }

        writer.WriteEndObject();
    }
}
