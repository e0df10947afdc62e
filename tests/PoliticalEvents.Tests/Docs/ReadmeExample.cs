// The quick-start example of README.md. ReadmeTests checks that the README shows exactly this code,
// and runs it, so the example in the README always compiles and works.
// begin-readme-example
using PoliticalEvents;
using PoliticalEvents.Serialization;

namespace DocsSamples;

public static class ReadmeExample
{
    public static string Run(string path)
    {
        // Read a document or JSON Lines (told apart from the content): strict, all or nothing; every finding carries a
        // JSON Pointer, line and column.
        ReadResult<Dataset> result = DatasetReader.ReadDataset(File.ReadAllBytes(path));
        if (!result.Succeeded)
        {
            return string.Join("\n", result.Findings); // e.g. "12:9: error pattern /records/3/startedOn Not a valid partial date: …"
        }

        Dataset dataset = result.Value!;

        // Inspect: typed records, partial dates, derived sanction status.
        Release release = dataset.Records.OfType<Release>().First(r => r.ReleasedOn.ToString() == "2025-12-13");
        int named = release.Detainees.Count;                   // the people the dataset names
        int? announced = release.ReportedCount?.Value;         // the number announced: 123
        SanctionMeasure potash = dataset.Records.OfType<SanctionMeasure>().First(m => m.Id.Value == "sanction-us-belaruskali");
        SanctionStatus? before = potash.StatusOn(new DateOnly(2025, 1, 1));   // Active
        SanctionStatus? after = potash.StatusOn(new DateOnly(2025, 12, 31));  // Eased

        // Write: canonical JSON (a document here; JsonLines.WriteAsync writes JSON Lines).
        var persons = dataset.Records.OfType<Person>().Count();
        string json = PoliticalEventsJson.ToJson(dataset with { Title = "Belarus releases, 2025 (copy)" });

        return $"{persons} persons; {named} named of {announced} released; potash {before} -> {after}; {json.Length} chars written";
    }
}
// end-readme-example
