// begin-redaction-example
using PoliticalEvents;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace DocsSamples;

public static class RedactionExample
{
    // A dataset in memory: Redact validates it, refuses it if it has errors, and redacts it.
    public static string RedactDocument(string path, string outputPath)
    {
        Dataset dataset = DatasetReader.ReadDataset(File.ReadAllBytes(path)).GetValueOrThrow();
        RedactionResult result = Redactor.Redact(dataset, RedactionProfile.Public);
        if (!result.Succeeded)
        {
            return string.Join("\n", result.Validation.Findings); // nothing to publish
        }

        File.WriteAllText(outputPath, PoliticalEventsJson.ToJson(result.Dataset!));
        return string.Join("\n", result.Report!.Findings); // "info record.dropped.confidential /records/7 The record is …"
    }

    // JSON Lines of any size, record by record: the input is read again while a record came before one it depends on.
    public static async Task<string> RedactJsonLinesAsync(string path, string outputPath)
    {
        await using (FileStream check = File.OpenRead(path))
        {
            ValidationResult validation = await DatasetValidator.ValidateAsync(check, DatasetFormat.JsonLines);
            if (!validation.Succeeded)
            {
                return validation.ToString(); // only valid input is redacted
            }
        }

        var redactor = new StreamingRedactor(RedactionProfile.Public);
        do
        {
            // Each pass writes the output afresh; only the final pass's output stands.
            await using FileStream input = File.OpenRead(path), output = File.Create(outputPath);
            Dataset? header = await DatasetReader.ReadAsync(input).Select(entry => entry.Metadata).FirstOrDefaultAsync();
            input.Position = 0;
            await JsonLines.WriteAsync(output, header, RedactAsync(input, redactor));
        }
        while (!redactor.EndPass());

        return $"{redactor.RecordsKept} written, {redactor.RecordsDropped} dropped, {redactor.Pass} pass(es)";
    }

    private static async IAsyncEnumerable<Record> RedactAsync(Stream input, StreamingRedactor redactor)
    {
        await foreach (DatasetEntry entry in DatasetReader.ReadAsync(input))
        {
            if (entry.Record is { } record && redactor.Redact(record, line: entry.Line).Record is { } kept)
            {
                yield return kept;
            }
        }
    }
}
// end-redaction-example
