using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using PoliticalEvents.Cli;
using PoliticalEvents.Csv;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Serialization;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

/// <summary>
/// Every polev command over mutated inputs (issue 11, "keep them fixed"): documents, JSON Lines, CSV tables, prisoner
/// sheets and FtM lines whose names, notes and quotes carry a marker, edited structurally (<see cref="JsonMutations"/>)
/// or byte by byte. Whatever the input, polev exits 0, 1 or 2 without an exception, leaves an existing output
/// untouched when it fails (a report may say why), and prints the marker nowhere: not on stderr, not in a report, not on stdout where stdout
/// is not the data itself.
/// </summary>
public sealed class CommandFuzzTests
{
    // Long, with spaces (so never a valid id) and periodic: any echo of 14 characters or more holds "Zq9 " or "Kowalczyk"
    // ("Zq9" with its space: a random record id, which may be shown, can hold "Zq9" by chance).
    private static readonly string Marker = string.Concat(Enumerable.Repeat("Kowalczyk Zq9 ", 6));

    private static readonly byte[] Sentinel = "the output before the run\n"u8.ToArray();

    private static readonly Lazy<Corpus> Inputs = new(Corpus.Build);

    private enum Input
    {
        Document,
        Lines,
        Tables,
        Sheet,
        Ftm,
    }

    private static readonly (Input Input, string[] Args, string[] Outputs)[] Commands =
    [
        (Input.Document, ["validate", "in.json"], []),
        (Input.Lines, ["validate", "in.jsonl", "--format", "json"], []),
        (Input.Document, ["stats", "in.json", "--as-of", "2025-12-31"], []),
        (Input.Lines, ["stats", "in.jsonl", "--format", "json"], []),
        (Input.Document, ["convert", "in.json", "out.jsonl"], ["out.jsonl"]),
        (Input.Lines, ["convert", "in.jsonl", "out.json"], ["out.json"]),
        (Input.Lines, ["convert", "in.jsonl", "out.jsonl", "--preserve-unknown"], ["out.jsonl"]),
        (Input.Document, ["convert", "in.json", "out.json", "--preserve-unknown", "--compact"], ["out.json"]),
        (Input.Document, ["redact", "in.json", "out.json", "--profile", "public", "--report", "report.json"], ["out.json", "report.json"]),
        (Input.Lines, ["redact", "in.jsonl", "out.jsonl", "--profile", "public"], ["out.jsonl"]),
        (Input.Document, ["export", "--to", "ftm", "in.json", "out.ftm.json", "--report", "report.json"], ["out.ftm.json", "report.json"]),
        (Input.Lines, ["export", "--to", "csv", "in.jsonl", "--out", "tables-out", "--include-confidential"], []),
        (Input.Ftm, ["import", "--from", "ftm", "in.ftm.json", "out.json", "--report", "report.json"], ["out.json", "report.json"]),
        (Input.Sheet, ["import", "--from", "csv", "sheet.csv", "out.jsonl", "--country", "BY", "--law", "Criminal Code"], ["out.jsonl"]),
        (Input.Tables, ["import", "--from", "csv", "tables", "out.json"], ["out.json"]),
    ];

    private static readonly Gen<(int Command, int Seed, int Edits)> Runs =
        Gen.Select(Gen.Int[0, Commands.Length - 1], Gen.Int, Gen.Int[1, 3]);

    [Fact]
    public void EveryCommand_OnMutatedInput_ExitsCleanly_KeepsOutputs_AndEchoesNothing()
    {
        var exitCodes = new int[3];
        var leaks = new List<string>();
        Runs.Sample(run =>
        {
            (Input input, string[] args, string[] outputs) = Commands[run.Command];
            var random = new Random(run.Seed);
            using var sandbox = new PolevSandbox();
            Inputs.Value.WriteMutated(sandbox, input, random, run.Edits);
            foreach (string output in outputs)
            {
                sandbox.Write(output, Sentinel);
            }

            PolevResult result = sandbox.RunAsync(args).GetAwaiter().GetResult();
            string what = $"polev {string.Join(' ', args)} (seed {run.Seed}, {run.Edits} edit(s)): {result}";

            Assert.True(result.ExitCode is ExitCodes.Ok or ExitCodes.InvalidData or ExitCodes.UsageOrIo, what);
            Interlocked.Increment(ref exitCodes[result.ExitCode]);
            if (result.ExitCode != ExitCodes.Ok)
            {
                // The data outputs; a report may be written to say why (import --from ftm names the bad lines in it).
                foreach (string output in outputs.Where(o => !o.StartsWith("report", StringComparison.Ordinal)))
                {
                    Assert.True(sandbox.Read(output).AsSpan().SequenceEqual(Sentinel), $"{output} changed although the run failed: {what}");
                }
            }

            // No command here writes data to standard output: it holds summaries, findings or statistics.
            List<string> places = [result.Error, result.Out];
            places.AddRange(outputs.Where(o => o.StartsWith("report", StringComparison.Ordinal) && File.Exists(sandbox.PathOf(o))).Select(o => Encoding.UTF8.GetString(sandbox.Read(o))));
            if (places.Any(Echoes))
            {
                lock (leaks)
                {
                    leaks.Add(what);
                }
            }
        }, iter: 300);

        Assert.True(leaks.Count == 0, $"{leaks.Count} run(s) echoed record contents, first: {leaks.FirstOrDefault()}");

        // Not vacuous: most runs meet bad data, some still succeed.
        Assert.True(exitCodes[ExitCodes.InvalidData] > 50, $"exit codes 0/1/2: {string.Join('/', exitCodes)}");
        Assert.True(exitCodes[ExitCodes.Ok] > 5, $"exit codes 0/1/2: {string.Join('/', exitCodes)}");
    }

    private static bool Echoes(string text)
        => text.Contains("Zq9 ", StringComparison.OrdinalIgnoreCase) || text.Contains("Kowalczyk", StringComparison.OrdinalIgnoreCase);

    /// <summary>The valid inputs, every name, note, title and quote carrying the marker, and ways to spoil them.</summary>
    private sealed class Corpus
    {
        private static readonly string[] Spoilers =
        [
            "null", "1.0", "1e2", "\"\\ud800\"", "\"\\u0000\"", "{", "[[[[[[[[", "}", "\"", "\\", "\n", ",", "\"type\":\"person\",",
        ];

        private byte[] _document = [];
        private byte[] _lines = [];
        private byte[] _sheet = [];
        private byte[] _ftm = [];
        private readonly Dictionary<string, byte[]> _tables = new(StringComparer.Ordinal);

        public static Corpus Build()
        {
            var corpus = new Corpus();
            JsonNode document = JsonNode.Parse(PolevSandbox.ExampleBytes(PolevSandbox.Belarus))!;
            Mark(document);
            corpus._document = Encoding.UTF8.GetBytes(document.ToJsonString());
            var lines = new StringBuilder();
            foreach (string line in Encoding.UTF8.GetString(PolevSandbox.ExampleBytes(PolevSandbox.Tunisia)).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                JsonNode node = JsonNode.Parse(line)!;
                Mark(node);
                lines.Append(node.ToJsonString()).Append('\n');
            }

            corpus._lines = Encoding.UTF8.GetBytes(lines.ToString());
            var ftm = new StringBuilder();
            foreach (string line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "fixtures", "ftm", "sanctions.ftm.json")))
            {
                JsonNode node = JsonNode.Parse(line)!;
                Mark(node);
                ftm.Append(node.ToJsonString()).Append('\n');
            }

            corpus._ftm = Encoding.UTF8.GetBytes(ftm.ToString());
            corpus._sheet = Encoding.UTF8.GetBytes(string.Join("\r\n",
                "Name,Date of birth,Date of detention,Charges,Sentence,Date of verdict,Prison,Status,Source",
                $"\"Ivan {Marker}\",1980-02-03,2021-05-06,\"Art. 342 Part 1 Criminal Code\",5 years,2021-12-01,\"Colony {Marker}\",ongoing,\"{Marker}\"",
                $"\"Olga {Marker}\",1975,2020-09,,,,,ongoing,https://example.org/list") + "\r\n");
            PoliticalEvents.Dataset dataset = PoliticalEventsJson.ReadDataset(corpus._document).GetValueOrThrow();
            var tables = new Dictionary<string, MemoryStream>(StringComparer.Ordinal);
            CsvExporter.Export(dataset, table => tables[table] = new MemoryStream());
            foreach ((string name, MemoryStream stream) in tables)
            {
                corpus._tables[name] = stream.ToArray();
            }

            return corpus;
        }

        public void WriteMutated(PolevSandbox sandbox, Input input, Random random, int edits)
        {
            switch (input)
            {
                case Input.Document:
                    sandbox.Write("in.json", Spoil(_document, random, edits));
                    break;
                case Input.Lines:
                    sandbox.Write("in.jsonl", SpoilLines(_lines, random, edits));
                    break;
                case Input.Ftm:
                    sandbox.Write("in.ftm.json", SpoilLines(_ftm, random, edits));
                    break;
                case Input.Sheet:
                    sandbox.Write("sheet.csv", SpoilBytes(_sheet, random, edits));
                    break;
                case Input.Tables:
                    Directory.CreateDirectory(sandbox.PathOf("tables"));
                    string[] names = [.. _tables.Keys.Order(StringComparer.Ordinal)];
                    string spoiled = names[random.Next(names.Length)];
                    foreach (string name in names)
                    {
                        if (name != spoiled || random.Next(8) != 0)
                        {
                            sandbox.Write(Path.Combine("tables", name), name == spoiled ? SpoilBytes(_tables[name], random, edits) : _tables[name]);
                        }
                    }

                    break;
            }
        }

        // Structural edits (JsonMutations) or byte edits; sometimes the whole input is another kind of text.
        private static byte[] Spoil(byte[] json, Random random, int edits)
        {
            if (random.Next(20) == 0)
            {
                return Encoding.UTF8.GetBytes($"name,birth\n{Marker},1980\n"); // a CSV saved as .json
            }

            byte[] bytes = json;
            for (int i = 0; i < edits; i++)
            {
                bytes = random.Next(3) == 0 ? SpoilBytes(bytes, random, 1) : JsonMutations.Mutate(bytes, random);
            }

            return bytes;
        }

        private static byte[] SpoilLines(byte[] lines, Random random, int edits)
        {
            string[] all = Encoding.UTF8.GetString(lines).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            byte[][] result = [.. all.Select(Encoding.UTF8.GetBytes)];
            for (int i = 0; i < edits; i++)
            {
                int at = random.Next(result.Length);
                result[at] = Spoil(result[at], random, 1);
            }

            return [.. result.SelectMany(line => (byte[])[.. line, (byte)'\n'])];
        }

        private static byte[] SpoilBytes(byte[] bytes, Random random, int edits)
        {
            for (int i = 0; i < edits && bytes.Length > 0; i++)
            {
                int at = random.Next(bytes.Length);
                byte[] insert = random.Next(6) switch
                {
                    0 => [],
                    1 => [0xFF],
                    2 => [0xC3],
                    3 => Encoding.UTF8.GetBytes("n" + Marker), // a literal that is no literal, quoting the data
                    4 => Encoding.UTF8.GetBytes("\"" + Marker + "\":1,"), // an unknown property with a long name
                    _ => Encoding.UTF8.GetBytes(Spoilers[random.Next(Spoilers.Length)]),
                };
                int remove = random.Next(4) == 0 ? bytes.Length - at : random.Next(0, 6);
                bytes = [.. bytes[..at], .. insert, .. bytes[Math.Min(bytes.Length, at + remove)..]];
            }

            return bytes;
        }

        // Appends the marker to every name, note, title, quote and description (for FtM, to the values of such properties).
        private static void Mark(JsonNode? node, string? key = null)
        {
            bool marked = key is "name" or "notes" or "title" or "quote" or "description" or "facility" or "alias" or "summary" or "reason";
            switch (node)
            {
                case JsonObject obj:
                    foreach ((string name, JsonNode? value) in obj.ToList())
                    {
                        if (value is JsonValue text && text.TryGetValue(out string? s) && name is "name" or "notes" or "title" or "quote" or "description" or "facility")
                        {
                            obj[name] = s + " " + Marker;
                        }
                        else
                        {
                            Mark(value, name);
                        }
                    }

                    break;
                case JsonArray array:
                    for (int i = 0; i < array.Count; i++)
                    {
                        if (marked && array[i] is JsonValue text && text.TryGetValue(out string? s))
                        {
                            array[i] = s + " " + Marker;
                        }
                        else
                        {
                            Mark(array[i]);
                        }
                    }

                    break;
            }
        }
    }
}
