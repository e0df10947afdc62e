using PoliticalEvents;
using PoliticalEvents.Csv;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

// Reads a dataset document, writes it back, converts it to JSON Lines and back, and to CSV tables and back, and
// checks that the bytes survive each step; then exports it to FollowTheMoney and imports it back, and checks the
// records validate. Exit codes: 0 round-trip exact, 1 mismatch or unreadable data, 2 usage.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: PoliticalEvents.AotSmoke <dataset.json>");
    return 2;
}

byte[] original = File.ReadAllBytes(args[0]);
ReadResult<Dataset> read = DatasetReader.ReadDataset(original);
if (read.Value is not { } dataset)
{
    Console.WriteLine($"aot-smoke: FAIL {args[0]} could not be read: {read.Findings[0]}");
    return 1;
}

using var document = new MemoryStream();
PoliticalEventsJson.WriteDataset(document, dataset);
byte[] rewritten = document.ToArray();

using var lines = new MemoryStream();
await JsonLines.WriteAsync(lines, dataset);
lines.Position = 0;
ReadResult<Dataset> readLines = await DatasetReader.ReadDatasetAsync(lines);
if (readLines.Value is not { } fromLines)
{
    Console.WriteLine($"aot-smoke: FAIL JSON Lines could not be read back: {readLines.Findings[0]}");
    return 1;
}

using var fromLinesDocument = new MemoryStream();
PoliticalEventsJson.WriteDataset(fromLinesDocument, fromLines);
byte[] viaLines = fromLinesDocument.ToArray();

var tables = new Dictionary<string, MemoryStream>();
CsvExporter.Export(dataset, table => tables[table] = new MemoryStream());
CsvImportResult fromTables = CsvImporter.Import(table => tables.TryGetValue(table, out MemoryStream? written) ? new MemoryStream(written.ToArray()) : null);
using var fromTablesDocument = new MemoryStream();
if (fromTables.Dataset is { } viaTablesDataset)
{
    PoliticalEventsJson.WriteDataset(fromTablesDocument, viaTablesDataset);
}

byte[] viaTables = fromTablesDocument.ToArray();

string? problem =
    !original.AsSpan().SequenceEqual(rewritten) ? $"document write differs from the input at byte {FirstDifference(original, rewritten)}"
    : !original.AsSpan().SequenceEqual(viaLines) ? $"document via JSON Lines differs from the input at byte {FirstDifference(original, viaLines)}"
    : !original.AsSpan().SequenceEqual(viaTables) ? $"document via CSV tables differs from the input at byte {FirstDifference(original, viaTables)}"
    : !dataset.Equals(fromLines) ? "dataset read back from JSON Lines is not equal to the original"
    : null;

// FollowTheMoney: export, import back, and the records must validate.
using var ftm = new MemoryStream();
var exportReport = new FtmReport();
await FtmExporter.ExportAsync(dataset, ftm, exportReport);
ftm.Position = 0;
var importReport = new FtmReport();
var imported = new List<PoliticalEvents.Record>();
await foreach (PoliticalEvents.Record record in FtmImporter.ImportAsync(ftm, importReport))
{
    imported.Add(record);
}

bool importedValid = !DatasetValidator.Validate(dataset with { Records = imported }).Findings.Any(e => e.Severity == Severity.Error);
problem ??= exportReport.Written.Count == 0 ? "the FtM export wrote nothing"
    : imported.Count == 0 ? "the FtM import read nothing back"
    : !importedValid ? "the records imported from FtM do not validate"
    : null;

Console.WriteLine(problem is null
    ? $"aot-smoke: OK {dataset.Records.Count} records, {original.Length} bytes round-trip (document, JSON Lines of {lines.Length} bytes, {tables.Count} CSV tables); FtM: {exportReport.Written.Values.Sum()} entities out, {imported.Count} records back"
    : $"aot-smoke: FAIL {problem}");
return problem is null ? 0 : 1;

static int FirstDifference(byte[] a, byte[] b) => a.AsSpan().CommonPrefixLength(b);
