using System.Text.Json;
using PoliticalEvents.Serialization;

namespace PoliticalEvents.Validation;

/// <summary>The form of a validation report written by <see cref="ValidationReportWriter"/>.</summary>
public enum ValidationReportFormat
{
    /// <summary>
    /// One JSON object, <c>{"files":[{"path","errors":[finding, …],"valid","records","stopped"?}]}</c>, indented
    /// (<c>polev validate --format json</c>).
    /// </summary>
    Json,

    /// <summary>
    /// JSON Lines: one finding per line, <c>{"file","path","code","message","severity","line"?,"column"?,"recordId"?}</c>,
    /// and nothing else (<c>polev validate --format jsonl</c>); an input without findings writes no line.
    /// </summary>
    JsonLines,

    /// <summary>
    /// SARIF 2.1.0 (the OASIS Static Analysis Results Interchange Format), one run whose results are the findings, for
    /// code-scanning tools (<c>polev validate --format sarif</c>).
    /// </summary>
    Sarif,
}

/// <summary>
/// Writes a validation report as the findings come, in memory that does not grow with them: start an input, write its
/// findings, end it with its record count, and complete the report. <see cref="ValidationReport"/> writes through it.
/// </summary>
/// <remarks>
/// <para>Like the findings, the report holds the rule, the place and the message, never the data (docs/validation.md).
/// Every format names an input by the path given to <see cref="StartInput"/>; SARIF writes it as a relative URI
/// reference (an absolute path as a <c>file:</c> URI). Not thread-safe.</para>
/// <para>SARIF: a finding is a result with <c>ruleId</c> (its code), <c>level</c> (<c>error</c>, <c>warning</c>,
/// <c>note</c>), <c>message.text</c>, a physical location (the input, and the line when known) and a logical location
/// whose <c>fullyQualifiedName</c> is the JSON Pointer; <c>properties</c> carries <c>pointer</c>, <c>byteColumn</c> (a
/// finding's column counts UTF-8 bytes, SARIF's region columns count characters, so it is not a region column) and
/// <c>recordId</c>. The run's invocation says <c>executionSuccessful</c> as given to <see cref="Complete"/>.</para>
/// </remarks>
/// <example>
/// <code>
/// using var report = new ValidationReportWriter(Console.OpenStandardOutput(), ValidationReportFormat.Sarif);
/// report.StartInput("prisoners.jsonl");
/// using var validator = new StreamingValidator();
/// // … validator.AddRecord(record, line: n); validator.TakeFindings(report.WriteFinding); …
/// foreach (Finding finding in validator.Complete().Findings) report.WriteFinding(finding);
/// report.EndInput(validator.RecordCount);
/// report.Complete();
/// </code>
/// </example>
public sealed class ValidationReportWriter : IDisposable
{
    private const string SarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private const int FlushThreshold = 1 << 16;

    private readonly Stream? _stream;
    private readonly Utf8JsonWriter _writer;
    private readonly bool _ownsWriter;
    private readonly ValidationReportFormat _format;
    private string? _input;
    private string? _inputUri;
    private bool _inputHasError;
    private bool _completed;

    /// <summary>Starts a report on a stream, as <c>polev validate</c> prints it (JSON and SARIF indented, text unescaped as in the data).</summary>
    /// <param name="utf8Json">Where to write; left open.</param>
    /// <param name="format">The form of the report.</param>
    /// <param name="toolVersion">The version SARIF names the tool by (<c>tool.driver.version</c>); the library's version when null.</param>
    public ValidationReportWriter(Stream utf8Json, ValidationReportFormat format, string? toolVersion = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        _stream = utf8Json;
        _format = format;
        _writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions
        {
            Indented = format != ValidationReportFormat.JsonLines,
            Encoder = PoliticalEventsJson.Options.Encoder,
        });
        _ownsWriter = true;
        Begin(toolVersion);
    }

    /// <summary>Starts a report of <paramref name="format"/> <see cref="ValidationReportFormat.Json"/> or <see cref="ValidationReportFormat.Sarif"/> on a writer, with its own options.</summary>
    /// <param name="writer">The writer; not disposed.</param>
    /// <param name="format">The form of the report; JSON Lines needs a stream.</param>
    /// <param name="toolVersion">The version SARIF names the tool by; the library's version when null.</param>
    /// <exception cref="ArgumentException"><paramref name="format"/> is JSON Lines.</exception>
    public ValidationReportWriter(Utf8JsonWriter writer, ValidationReportFormat format, string? toolVersion = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (format == ValidationReportFormat.JsonLines)
        {
            throw new ArgumentException("A JSON Lines report is written to a stream, one line per finding.", nameof(format));
        }

        _writer = writer;
        _format = format;
        Begin(toolVersion);
    }

    /// <summary>Starts the report of one input (a file, standard input).</summary>
    /// <param name="path">The input's name as the report shows it: a file name as given, or <c>-</c> for standard input.</param>
    /// <exception cref="InvalidOperationException">The previous input is not ended, or the report is complete.</exception>
    public void StartInput(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        EnsureOpen();
        if (_input is not null)
        {
            throw new InvalidOperationException("End the previous input first (EndInput).");
        }

        _input = path;
        _inputHasError = false;
        switch (_format)
        {
            case ValidationReportFormat.Json:
                _writer.WriteStartObject();
                _writer.WriteString("path"u8, path);
                _writer.WriteStartArray("errors"u8);
                break;
            case ValidationReportFormat.Sarif:
                _inputUri = SarifUri(path);
                break;
        }
    }

    /// <summary>Writes a finding of the current input.</summary>
    /// <param name="finding">The finding.</param>
    /// <exception cref="InvalidOperationException">No input is started.</exception>
    public void WriteFinding(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (_input is null)
        {
            throw new InvalidOperationException("Start an input first (StartInput).");
        }

        _inputHasError |= finding.Severity == Severity.Error;
        switch (_format)
        {
            case ValidationReportFormat.Json:
                ValidationReport.WriteFinding(_writer, finding);
                break;
            case ValidationReportFormat.JsonLines:
                _writer.WriteStartObject();
                _writer.WriteString("file"u8, _input);
                WriteFindingProperties(_writer, finding);
                _writer.WriteEndObject();
                _writer.Flush();
                _stream!.Write("\n"u8);
                _writer.Reset();
                break;
            default:
                WriteSarifResult(finding);
                break;
        }

        // A writer on a stream holds what it writes until flushed: hand it on every 64 KiB, so memory stays bounded.
        if (_stream is not null && _writer.BytesPending >= FlushThreshold)
        {
            _writer.Flush();
        }
    }

    /// <summary>Ends the current input.</summary>
    /// <param name="records">How many records were read (see <see cref="ValidatedInput.Records"/>).</param>
    /// <param name="stopped">True when checking stopped at an error limit before the end of the input.</param>
    /// <exception cref="InvalidOperationException">No input is started.</exception>
    public void EndInput(int records, bool stopped = false)
    {
        if (_input is null)
        {
            throw new InvalidOperationException("Start an input first (StartInput).");
        }

        if (_format == ValidationReportFormat.Json)
        {
            _writer.WriteEndArray();
            _writer.WriteBoolean("valid"u8, !_inputHasError);
            _writer.WriteNumber("records"u8, records);
            if (stopped)
            {
                _writer.WriteBoolean("stopped"u8, true);
            }

            _writer.WriteEndObject();
        }

        _input = null;
        _inputUri = null;
    }

    /// <summary>Ends the report and flushes it (a stream gets a line break at the end of JSON and SARIF).</summary>
    /// <param name="executionSuccessful">
    /// SARIF: false when an input could not be read at all (it has no findings to show why). The other formats ignore it.
    /// </param>
    /// <exception cref="InvalidOperationException">An input is not ended.</exception>
    public void Complete(bool executionSuccessful = true)
    {
        EnsureOpen();
        if (_input is not null)
        {
            throw new InvalidOperationException("End the current input first (EndInput).");
        }

        _completed = true;
        switch (_format)
        {
            case ValidationReportFormat.Json:
                _writer.WriteEndArray();
                _writer.WriteEndObject();
                break;
            case ValidationReportFormat.Sarif:
                _writer.WriteEndArray(); // results
                _writer.WriteStartArray("invocations"u8);
                _writer.WriteStartObject();
                _writer.WriteBoolean("executionSuccessful"u8, executionSuccessful);
                _writer.WriteEndObject();
                _writer.WriteEndArray();
                _writer.WriteEndObject(); // the run
                _writer.WriteEndArray(); // runs
                _writer.WriteEndObject();
                break;
        }

        _writer.Flush();
        if (_stream is not null)
        {
            if (_format != ValidationReportFormat.JsonLines)
            {
                _stream.Write("\n"u8);
            }

            _stream.Flush();
        }
    }

    /// <summary>Releases the writer it made (flushing what was written; an incomplete report stays incomplete).</summary>
    public void Dispose()
    {
        if (_ownsWriter)
        {
            _writer.Dispose();
        }
    }

    /// <summary>Writes a finding's properties, <c>"path","code","message","severity","line"?,"column"?,"recordId"?</c>, into the current object.</summary>
    internal static void WriteFindingProperties(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteString("path"u8, finding.Path);
        writer.WriteString("code"u8, finding.Code);
        writer.WriteString("message"u8, finding.Message);
        writer.WriteString("severity"u8, SeverityName(finding.Severity));
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
    }

    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private void Begin(string? toolVersion)
    {
        switch (_format)
        {
            case ValidationReportFormat.Json:
                _writer.WriteStartObject();
                _writer.WriteStartArray("files"u8);
                break;
            case ValidationReportFormat.Sarif:
                _writer.WriteStartObject();
                _writer.WriteString("$schema"u8, SarifSchema);
                _writer.WriteString("version"u8, "2.1.0");
                _writer.WriteStartArray("runs"u8);
                _writer.WriteStartObject();
                _writer.WriteStartObject("tool"u8);
                _writer.WriteStartObject("driver"u8);
                _writer.WriteString("name"u8, "polev");
                _writer.WriteString("fullName"u8, "PoliticalEvents validator");
                _writer.WriteString("version"u8, toolVersion ?? LibraryVersion());
                _writer.WriteString("informationUri"u8, "https://politicalevents.org/");
                _writer.WriteEndObject();
                _writer.WriteEndObject();
                _writer.WriteStartArray("results"u8);
                break;
        }
    }

    private void WriteSarifResult(Finding finding)
    {
        _writer.WriteStartObject();
        _writer.WriteString("ruleId"u8, finding.Code);
        _writer.WriteString("level"u8, finding.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "note",
        });
        _writer.WriteStartObject("message"u8);
        _writer.WriteString("text"u8, finding.Message);
        _writer.WriteEndObject();
        _writer.WriteStartArray("locations"u8);
        _writer.WriteStartObject();
        _writer.WriteStartObject("physicalLocation"u8);
        _writer.WriteStartObject("artifactLocation"u8);
        _writer.WriteString("uri"u8, _inputUri);
        _writer.WriteEndObject();
        if (finding.Line is int line and > 0)
        {
            // Only the line: SARIF counts columns in UTF-16 code units or code points, a finding in UTF-8 bytes.
            _writer.WriteStartObject("region"u8);
            _writer.WriteNumber("startLine"u8, line);
            _writer.WriteEndObject();
        }

        _writer.WriteEndObject();
        _writer.WriteStartArray("logicalLocations"u8);
        _writer.WriteStartObject();
        _writer.WriteString("fullyQualifiedName"u8, finding.Path.Length == 0 ? "/" : finding.Path);
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _writer.WriteEndArray();
        _writer.WriteStartObject("properties"u8);
        _writer.WriteString("pointer"u8, finding.Path);
        if (finding.Column is int column)
        {
            _writer.WriteNumber("byteColumn"u8, column);
        }

        if (finding.RecordId is not null)
        {
            _writer.WriteString("recordId"u8, finding.RecordId);
        }

        _writer.WriteEndObject();
        _writer.WriteEndObject();
    }

    // A relative path as a relative URI reference (segments percent-encoded, / as separator; standard input stays -); an
    // absolute one as a file: URI.
    internal static string SarifUri(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        string[] segments = path.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(static s => Uri.EscapeDataString(s)));
    }

    private static string LibraryVersion()
        => typeof(ValidationReportWriter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private void EnsureOpen()
    {
        if (_completed)
        {
            throw new InvalidOperationException("This report is complete.");
        }
    }
}
