using System.Xml.Linq;
using NodaTime;
using PoliticalEvents;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

// Uses the packed PoliticalEvents package the way a user would: read examples/belarus-2025.json, inspect it, write
// it back in both forms; then, given the package's restored folder, check what the package carries.
// The expected figures are those of examples/belarus-2025.json. Exit codes: 0 all checks pass, 1 a check failed, 2 usage.
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: PoliticalEvents.PackageConsumer <belarus-2025.json> [<restored package folder>]");
    return 2;
}

var failures = new List<string>();
int checks = 0;
void Check(bool passed, string what)
{
    checks++;
    Console.WriteLine($"{(passed ? "ok  " : "FAIL")} {what}");
    if (!passed)
    {
        failures.Add(what);
    }
}

byte[] original = File.ReadAllBytes(args[0]);
ReadResult<Dataset> read = DatasetReader.ReadDataset(original);
Check(read.Succeeded, $"reads {Path.GetFileName(args[0])}{(read.Succeeded ? string.Empty : ": " + read.Findings[0])}");
if (read.Value is { } dataset)
{
    Check(dataset.Records.Count == 22, $"22 records (found {dataset.Records.Count})");
    int persons = dataset.Records.OfType<Person>().Count();
    Check(persons == 4, $"4 persons (found {persons})");

    SanctionMeasure? belavia = dataset.Records.OfType<SanctionMeasure>().SingleOrDefault(m => m.Id.Value == "sanction-us-belavia");
    Check(belavia?.StatusOn(new LocalDate(2025, 10, 1)) == SanctionStatus.Eased, $"Belavia sanctions eased on 2025-10-01 (found {belavia?.StatusOn(new LocalDate(2025, 10, 1))})");
    Check(belavia?.StatusOn(new LocalDate(2025, 12, 31)) == SanctionStatus.Ended, $"Belavia sanctions ended by 2025-12-31 (found {belavia?.StatusOn(new LocalDate(2025, 12, 31))})");

    using var document = new MemoryStream();
    PoliticalEventsJson.WriteDataset(document, dataset);
    Check(document.ToArray().AsSpan().SequenceEqual(original), "writes the document back byte for byte");

    using var lines = new MemoryStream();
    await JsonLines.WriteAsync(lines, dataset);
    lines.Position = 0;
    ReadResult<Dataset> fromLines = await DatasetReader.ReadDatasetAsync(lines);
    Check(fromLines.Value is not null && fromLines.Value.Equals(dataset), $"JSON Lines round trip (detected) gives an equal dataset{(fromLines.Findings.Count > 0 ? ": " + fromLines.Findings[0] : string.Empty)}");
}

if (args.Length == 2)
{
    CheckPackageFolder(args[1]);
}

Console.WriteLine($"package-consumer: {checks} checks, {failures.Count} failed");
return failures.Count == 0 ? 0 : 1;

// What a user of the package gets besides the code: README, XML docs for IntelliSense, and only the intended dependencies.
void CheckPackageFolder(string folder)
{
    string readme = Path.Combine(folder, "README.md");
    Check(File.Exists(readme) && File.ReadAllText(readme).Contains("DatasetReader.ReadDataset", StringComparison.Ordinal), "package has README.md with the usage example");

    string docs = Path.Combine(folder, "lib", "net10.0", "PoliticalEvents.xml");
    bool documented = File.Exists(docs)
        && XDocument.Load(docs).Descendants("member").Any(m => (string?)m.Attribute("name") == "T:PoliticalEvents.Serialization.PoliticalEventsJson");
    Check(documented, "package has lib/net10.0/PoliticalEvents.xml documenting the public API");

    string? nuspecPath = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.nuspec").SingleOrDefault() : null;
    if (nuspecPath is null)
    {
        Check(false, $"package folder {folder} has a .nuspec");
        return;
    }

    XElement metadata = XDocument.Load(nuspecPath).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    string[] dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
        .Select(e => (string)e.Attribute("id")!).Distinct().Order(StringComparer.Ordinal).ToArray();
    Check(dependencies.SequenceEqual(["NodaTime", "NodaTime.Serialization.SystemTextJson"]), $"dependencies are NodaTime and NodaTime.Serialization.SystemTextJson only (found {string.Join(", ", dependencies)})");
    string? readmeEntry = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "readme")?.Value;
    Check(readmeEntry == "README.md", $"nuspec names README.md as the readme (found {readmeEntry ?? "none"})");
    string? repository = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository")?.Attribute("commit")?.Value;
    Check(!string.IsNullOrEmpty(repository), "nuspec records the source commit (Source Link)");
}
