using PoliticalEvents.Csv;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Tests.Csv;
using Xunit;

namespace PoliticalEvents.Tests.Records;

/// <summary>5. The adapters: every property is carried by the CSV tables and the FtM export, or declared not carried.</summary>
public sealed partial class ModelCoverageTests
{
    /// <summary>Everything the FtM export can write: confidential records included, restricted ones in full.</summary>
    private static readonly FtmExportOptions FtmEverything = new() { IncludeConfidential = true, Restricted = RestrictedExport.Full };

    /// <summary>Whether a loss reported at <paramref name="path"/> of a record covers the value at <paramref name="pointer"/> of the record.</summary>
    private static bool Covers(string path, string pointer)
        => path.Length == 0 || pointer == path || pointer.StartsWith(path.EndsWith('/') ? path : path + "/", StringComparison.Ordinal);

    /// <summary>The key of the declaration that applies to the property (the most specific), or null.</summary>
    private static string? DeclarationOf(ModelProperty property, Func<string, bool> declared) => property.DeclarationKeys.FirstOrDefault(declared);

    private static IEnumerable<string> StaleDeclarations(IEnumerable<string> keys, string list)
    {
        HashSet<string> valid = [.. ModelMap.Properties.SelectMany(p => p.DeclarationKeys)];
        return keys.Where(k => !valid.Contains(k)).Select(k => $"{list} names \"{k}\", which is no model type or property (Type, Type.Property or Base.Property).");
    }

    // ----- CSV -----

    [Fact]
    public void EveryProperty_ComesBackFromTheCsvTables_OrIsDeclaredNotCarried()
    {
        Samples data = Data.Value;
        var failures = new List<string>(StaleDeclarations(CsvNotCarried.Members, "CsvNotCarried"));
        var lostSilently = new Dictionary<string, string>(StringComparer.Ordinal);
        var lostReported = new HashSet<string>(StringComparer.Ordinal);
        foreach (int i in data.Covering)
        {
            // The library's export writes every record, whatever its confidentiality (polev's --include-confidential).
            (CsvTablesInMemory tables, CsvExportReport report) = CsvTablesInMemory.Export(data.Datasets[i]);
            CsvImportResult imported = tables.Import();
            if (!imported.Succeeded || imported.Dataset is not { } after)
            {
                failures.Add($"Sample {i}: the CSV tables of a generated dataset do not import: {imported.Findings.FirstOrDefault()}");
                continue;
            }

            foreach (ModelNode node in data.Nodes[i].Where(n => n.IsSet))
            {
                if (node.Record is { } record && report.Findings.Any(l => l.RecordId == record.Id.Value && Covers(l.Path, node.RecordPointer)))
                {
                    lostReported.Add(node.Property.Name);
                }
                else if (Lost(node, after) is string how)
                {
                    lostSilently.TryAdd(node.Property.Name, $"set at {node.Where}, {how} the import");
                }
            }
        }

        foreach (ModelProperty property in ModelMap.Properties)
        {
            string? declaration = DeclarationOf(property, CsvNotCarried.Members.Contains);
            if (lostSilently.TryGetValue(property.Name, out string? where))
            {
                failures.Add(declaration is null
                    ? $"{property.Name} does not come back from the CSV tables (CsvExporter → CsvImporter): {where}. Give it a column (CsvTables, CsvExporter, CsvImporter), or declare it in CsvNotCarried and report each value dropped as an export.loss finding."
                    : $"{property.Name} is declared in CsvNotCarried (as \"{declaration}\"), but the export drops it silently: {where}, and no export.loss finding names it.");
            }
            else if (declaration is not null && !lostReported.Contains(property.Name) && data.SetNodes(property).Length > 0)
            {
                failures.Add($"{property.Name} is declared in CsvNotCarried (as \"{declaration}\"), but comes back from every CSV round trip: take it off the list.");
            }
        }

        AssertNone(failures, "properties the CSV tables lose");
    }

    // ----- FollowTheMoney -----

    private static (string Entities, FtmReport Report) ExportFtm(Dataset dataset)
    {
        var report = new FtmReport();
        IReadOnlyList<FtmEntity> entities = FtmExporter.Export(dataset, report, FtmEverything);
        return (string.Join("\n", entities.Select(FtmJson.ToJson)), report);
    }

    /// <summary>How many places where a property is set the FtM check changes it at, until the entities change.</summary>
    private const int Trials = 16;

    /// <summary>Other values for the property at the node: cleared (unless required), and two values it has elsewhere.</summary>
    private static IEnumerable<object?> OtherValues(Samples data, ModelProperty property, ModelNode node, int trial)
    {
        if (!property.IsRequired)
        {
            yield return ModelMap.Cleared(property);
        }

        (int, ModelNode)[] set = data.SetNodes(property);
        int start = trial * 37 % Math.Max(1, set.Length);
        foreach (object? other in set.Skip(start).Concat(set.Take(start)).Select(s => s.Item2.Value).Where(v => !ModelMap.SameValue(v, node.Value)).Take(2))
        {
            yield return other;
        }
    }

    [Fact]
    public void EveryProperty_ReachesTheFtmEntities_OrIsDeclaredNotCarried_WithTheCodeThatReportsIt()
    {
        Samples data = Data.Value;
        IReadOnlyDictionary<string, string?> notCarried = FtmNotCarried.Members;
        HashSet<string> codes = [.. typeof(FtmReportCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!)];
        var failures = new List<string>(StaleDeclarations(notCarried.Keys, "FtmNotCarried"));
        failures.AddRange(notCarried.Where(d => d.Value is not null && !codes.Contains(d.Value)).Select(d => $"FtmNotCarried gives \"{d.Key}\" the code \"{d.Value}\", which is not in FtmReportCodes."));

        Dictionary<int, (string Entities, FtmReport Report)> exports = data.Covering.ToDictionary(i => i, i => ExportFtm(data.Datasets[i]));
        var codeSeen = new HashSet<string>(StringComparer.Ordinal);
        var declarationUsed = new HashSet<string>(StringComparer.Ordinal);
        foreach (ModelProperty property in ModelMap.Properties)
        {
            string? declaration = DeclarationOf(property, notCarried.ContainsKey);
            int trial = 0;
            bool carried = false;
            foreach ((int sample, ModelNode node) in data.Some(property, Trials, covering: true))
            {
                foreach (object? value in OtherValues(data, property, node, trial++))
                {
                    string entities;
                    try
                    {
                        entities = ExportFtm(ModelMap.Replace(data.Datasets[sample], node, value)).Entities;
                    }
                    catch (Exception e) when (e is ArgumentException or InvalidOperationException or NullReferenceException or FormatException)
                    {
                        failures.Add($"The FtM export throws when {property.Name} is changed at {node.Where}: {e.GetType().Name}: {e.Message}");
                        continue;
                    }

                    carried = entities != exports[sample].Entities;
                    if (carried)
                    {
                        break;
                    }
                }

                if (carried)
                {
                    break;
                }
            }

            if (declaration is null)
            {
                if (!carried && data.SetNodes(property).Length > 0)
                {
                    failures.Add($"{property.Name} never reaches the FtM entities (changing it changed none of {Trials} exports where it is set), and FtmNotCarried does not list it: map it in RecordExporter (and docs/followthemoney.md), or list it in FtmNotCarried with the report code that names each value dropped.");
                }

                continue;
            }

            if (carried)
            {
                failures.Add($"{property.Name} is declared in FtmNotCarried (as \"{declaration}\"), but changing it changes the FtM entities: it is carried; take it off the list.");
                continue;
            }

            // Not carried: each value must be named by a report entry at its path or above (the record, a list, an item).
            string? code = notCarried[declaration];
            foreach ((int sample, ModelNode node) in data.CoveringNodes(property))
            {
                if (node.Record is not { } record)
                {
                    if (code is not null)
                    {
                        failures.Add($"FtmNotCarried gives {property.Name} (as \"{declaration}\") the code {code}, but its values are in no record, so no report entry can name them.");
                    }

                    break;
                }

                declarationUsed.Add(declaration);
                Finding[] covering = [.. exports[sample].Report.Findings.Where(e => e.RecordId == record.Id.Value && Covers(e.Path, node.RecordPointer))];
                if (covering.Length == 0)
                {
                    failures.Add(code is null
                        ? $"FtmNotCarried gives {property.Name} (as \"{declaration}\") no report code, but its values are in records: name the code that reports them."
                        : $"{property.Name} is dropped silently by the FtM export: set at {node.Where}, and no report entry names {node.RecordPointer} or a path above it (expected {code}).");
                    codeSeen.Add(declaration); // said already
                    break;
                }

                if (covering.Any(e => e.Code == code))
                {
                    codeSeen.Add(declaration);
                }
            }
        }

        foreach ((string declaration, string? code) in notCarried.Where(d => d.Value is not null && declarationUsed.Contains(d.Key) && !codeSeen.Contains(d.Key)))
        {
            failures.Add($"FtmNotCarried gives \"{declaration}\" the code {code}, but no value of it was reported with that code: which code does the export use for it?");
        }

        AssertNone(failures, "properties the FtM export neither carries nor declares");
    }
}
