using System.Globalization;
using System.Text.Json.Nodes;
using PoliticalEvents.FollowTheMoney;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using C = PoliticalEvents.FollowTheMoney.FtmReportCodes;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.FollowTheMoney;

/// <summary>
/// The round-trip check: export a dataset, import the entities back, and compare with the original. Every difference
/// must be named by a report entry, and every report entry must name a difference: the expected record is the original
/// with exactly the reported paths applied (removed, or changed as the code says), and it must equal what came back.
/// </summary>
internal static class RoundTrip
{
    /// <summary>Runs the check and returns the two reports (for tests that look further).</summary>
    public static (FtmReport Export, FtmReport Import) Check(Dataset dataset, FtmExportOptions? options = null)
    {
        var exportReport = new FtmReport();
        IReadOnlyList<(string RecordId, FtmEntity Entity)> exported = FtmExporter.ExportWithOrigins(dataset.Records, exportReport, options);
        var importReport = new FtmReport();
        IReadOnlyList<Record> imported = FtmImporter.Import(exported.Select(e => e.Entity), importReport);

        // What comes back is valid.
        ValidationResult validation = DatasetValidator.Validate(dataset with { Records = imported });
        Assert.DoesNotContain(validation.Findings, e => e.Severity == Severity.Error);

        // Exported entities never refer to entities that are not there.
        var ids = exported.Select(e => e.Entity.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(exported.Count, ids.Count);
        foreach ((_, FtmEntity entity) in exported)
        {
            foreach (string property in (string[])["entity", "member", "organization", "employee", "employer", "director"])
            {
                Assert.All(entity.Values(property), target => Assert.Contains(target, ids));
            }
        }

        ILookup<string, Finding> losses = exportReport.Findings.ToLookup(e => e.RecordId ?? string.Empty, StringComparer.Ordinal);
        SourceUrls = dataset.Records.OfType<SourceRecord>().ToDictionary(s => s.Id.Value, s => s.Url?.Value, StringComparer.Ordinal);
        var importSkips = importReport.Findings.ToDictionary(e => e.RecordId ?? string.Empty, StringComparer.Ordinal);
        var byId = imported.ToDictionary(r => r.Id.Value, StringComparer.Ordinal);
        var matched = new HashSet<string>(StringComparer.Ordinal);

        foreach (Record original in dataset.Records)
        {
            string id = original.Id.Value;
            Finding[] entries = [.. losses[id]];
            if (entries.Any(e => e.Path.Length == 0))
            {
                // Left out as a whole: one entry says so, and nothing comes back.
                Assert.Single(entries);
                Assert.False(byId.ContainsKey(id), $"{original} was reported as not exported but came back.");
                Assert.DoesNotContain(exported, e => e.RecordId == id);
                continue;
            }

            if (original is Proceeding)
            {
                // Exported as a CourtCase with its parties, which the import does not take back: each entity says so.
                Assert.False(byId.ContainsKey(id), $"{original} came back, but CourtCase is not imported.");
                Assert.All(exported.Where(e => e.RecordId == id), e => Assert.Equal(C.ImportSchemaNotImported, importSkips[e.Entity.Id].Code));
                continue;
            }

            if (original is SanctionMeasure measure)
            {
                CheckMeasure(measure, entries, exported, byId, importSkips, matched);
            }
            else
            {
                Assert.True(byId.TryGetValue(id, out Record? back), $"{original} was exported but did not come back.");
                matched.Add(id);
                JsonNode expected = Apply(Json(original), entries);
                JsonNode actual = WithoutProvenance(back!, original.TypeName == "person" ? "Person" : null);
                CompareLists(expected, actual, entries);
                AssertJsonEqual(expected, actual, original.ToString());
            }
        }

        // Records that came back without an original: the organizations made for authorities, each used by a measure.
        foreach (Record extra in imported.Where(r => !matched.Contains(r.Id.Value)))
        {
            Assert.StartsWith("authority-", extra.Id.Value);
            Assert.IsType<Organization>(extra);
            Assert.Contains(imported.OfType<SanctionMeasure>(), m => m.ImposedById.Value == extra.Id.Value);
        }

        // The import of an export skips only Sanctions whose imposer was not exported, and the entities of proceedings
        // (format 1.1: CourtCase and CourtCaseParty, which it does not import), and says why.
        string[] proceedingEntities = [.. exported.Where(e => e.Entity.Schema is "CourtCase" or "CourtCaseParty").Select(e => e.Entity.Id)];
        Assert.All(importReport.Findings, e => Assert.Equal(
            proceedingEntities.Contains(e.RecordId) ? C.ImportSchemaNotImported : C.ImportSanctionWithoutAuthority, e.Code));
        return (exportReport, importReport);
    }

    private static void CheckMeasure(
        SanctionMeasure measure,
        Finding[] entries,
        IReadOnlyList<(string RecordId, FtmEntity Entity)> exported,
        Dictionary<string, Record> byId,
        Dictionary<string, Finding> importSkips,
        HashSet<string> matched)
    {
        string id = measure.Id.Value;
        var lostTargets = entries.Where(e => e.Code is C.ExportSanctionTargetNotActor or C.ExportSanctionTargetNotExported).Select(e => int.Parse(e.Path["/targets/".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        int[] kept = [.. Enumerable.Range(0, measure.Targets.Count).Where(i => !lostTargets.Contains(i))];
        FtmEntity[] sanctions = [.. exported.Where(e => e.RecordId == id).Select(e => e.Entity)];
        Assert.Equal(kept.Length, sanctions.Length);
        if (kept.Length == 1)
        {
            Assert.Equal(id, sanctions[0].Id); // one Sanction keeps the measure's id, so the round trip keeps it too
        }
        Assert.Equal(kept.Length > 1 ? 1 : 0, entries.Count(e => e.Code == C.ExportSanctionSplit && e.Count == kept.Length));
        bool imposerLost = entries.Any(e => e.Code == C.ExportSanctionImposerNotCarried);

        // The entries that apply to each Sanction: all but those about targets, which the split itself accounts for.
        Finding[] shared = [.. entries.Where(e => !e.Path.StartsWith("/targets", StringComparison.Ordinal) && e.Code != C.ExportSanctionImposerNotCarried)];
        for (int k = 0; k < kept.Length; k++)
        {
            FtmEntity sanction = sanctions[k];
            SanctionTarget target = measure.Targets[kept[k]];
            Assert.Equal(target.ActorId!.Value.Value, Assert.Single(sanction.Values("entity")));

            // A target's own listing (format 1.1): the entries at its fields apply to its one-target measure (at
            // /targets/0); a reason reported as written in place of the measure's comes back as the measure's.
            string prefix = $"/targets/{kept[k]}/";
            Finding[] own = [.. entries.Where(e => e.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e with { Path = "/targets/0/" + e.Path[prefix.Length..] })];
            Assert.All(own, e => Assert.Contains(e.Code, (string[])[C.ExportSanctionTargetListing, C.ExportDateQualifier, C.ExportDateInterval, C.ExportValueBlank, C.ExportValueTooLong]));
            bool reasonMoved = own.Any(e => e.Code == C.ExportSanctionTargetListing && e.Path == "/targets/0/reason");
            Assert.Equal(target.DelistingReason is not null, own.Any(e => e.Code == C.ExportSanctionTargetListing && e.Path == "/targets/0/delistingReason"));
            if (!byId.TryGetValue(sanction.Id, out Record? back))
            {
                // Only a Sanction without an authority is skipped, and only when the export said the imposer was lost.
                Assert.True(imposerLost, $"Sanction {sanction.Id} of {measure} did not come back.");
                Assert.Empty(sanction.Values("authority"));
                Assert.Equal(C.ImportSanctionWithoutAuthority, importSkips[sanction.Id].Code);
                continue;
            }

            matched.Add(sanction.Id);
            JsonObject expected = Apply(Json(measure with { Targets = [target] }), [.. shared, .. own]).AsObject();
            expected["id"] = sanction.Id;
            if (reasonMoved)
            {
                expected["reason"] = target.Reason;
            }

            JsonObject actual = WithoutProvenance(back, "Sanction").AsObject();
            var backMeasure = (SanctionMeasure)back;
            if (imposerLost)
            {
                // The importer made an organization for the authority: compare everything else.
                Assert.StartsWith("authority-", backMeasure.ImposedById.Value);
                expected.Remove("imposedById");
                actual.Remove("imposedById");
            }

            AssertJsonEqual(expected, actual, $"{measure} → {sanction.Id}");
        }
    }

    // ----- Applying the report to the original -----

    // Format 1.1: the URL of each source record of the dataset being checked, for citations by id written as that URL.
    [ThreadStatic]
    private static Dictionary<string, string?>? SourceUrls;

    /// <summary>The record as JSON with every reported path applied: removed, or changed as the code says.</summary>
    public static JsonNode Apply(JsonNode record, IEnumerable<Finding> entries)
    {
        foreach (Finding entry in entries.OrderByDescending(e => e.Path, PointerComparer.Instance))
        {
            switch (entry.Code)
            {
                case C.ExportOrderNotKept or C.ExportSanctionSplit:
                    break; // order and grouping: see CompareLists and CheckMeasure
                case C.ExportDateQualifier when !entries.Any(e => e.Code == C.ExportDateInterval && e.Path == entry.Path):
                    Replace(record, entry.Path, node => JsonValue.Create(node!.GetValue<string>().TrimEnd('~', '?', '%')));
                    break;
                case C.ExportDateQualifier:
                    break; // an interval: its entry below says what was written
                case C.ExportDateInterval:
                    // The FtM date that holds the interval: the part of YYYY-MM-DD its first and last day share, if any.
                    PartialDate interval = PartialDate.Parse(Get(record, entry.Path)!.GetValue<string>());
                    string first = interval.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    string last = interval.Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    string? shared = first[..4] != last[..4] ? null : first[..7] != last[..7] ? first[..4] : first != last ? first[..7] : first;
                    if (shared is null)
                    {
                        Remove(record, entry.Path);
                    }
                    else
                    {
                        Replace(record, entry.Path, _ => JsonValue.Create(shared));
                    }

                    break;
                case C.ExportOrganizationKindNotCarried:
                    Replace(record, entry.Path, _ => JsonValue.Create("other"));
                    break;
                case C.ExportSourceDetail when entry.Path.EndsWith("/sourceId", StringComparison.Ordinal):
                    // A citation by id comes back as a source with its source record's URL.
                    string sourceId = Get(record, entry.Path)!.GetValue<string>();
                    Remove(record, entry.Path);
                    Get(record, entry.Path[..^"/sourceId".Length])!.AsObject()["url"] = SourceUrls![sourceId];
                    break;
                case C.ExportModifiedAtPrecision:
                    Replace(record, entry.Path, node => JsonValue.Create(NodaTime.Text.InstantPattern.ExtendedIso.Format(
                        NodaTime.Instant.FromUnixTimeSeconds(NodaTime.Text.InstantPattern.ExtendedIso.Parse(node!.GetValue<string>()).Value.ToUnixTimeSeconds()))));
                    break;
                default:
                    Remove(record, entry.Path);
                    break;
            }
        }

        return Normalize(record);
    }

    // Lists whose order the report says is not kept are compared as multisets.
    private static void CompareLists(JsonNode expected, JsonNode actual, Finding[] entries)
    {
        foreach (Finding entry in entries.Where(e => e.Code == C.ExportOrderNotKept))
        {
            string name = entry.Path.TrimStart('/');
            string[] want = Sorted(expected[name]);
            string[] got = Sorted(actual[name]);
            Assert.Equal(want, got);
            Assert.False(JsonNode.DeepEquals(expected[name], actual[name]), $"{entry} says the order changes, but it did not.");
            expected.AsObject().Remove(name);
            actual.AsObject().Remove(name);
        }

        static string[] Sorted(JsonNode? list) => [.. (list?.AsArray() ?? []).Select(n => n!.ToJsonString()).Order(StringComparer.Ordinal)];
    }

    private static JsonNode WithoutProvenance(Record back, string? schema)
    {
        JsonNode json = Json(back);
        JsonArray sources = json["sources"]!.AsArray();
        JsonNode last = sources[^1]!;
        Assert.StartsWith("FollowTheMoney ", last["title"]!.GetValue<string>());
        Assert.EndsWith(" " + back.Id.Value, last["title"]!.GetValue<string>());
        sources.RemoveAt(sources.Count - 1);
        return Normalize(json);
    }

    public static JsonNode Json(Record record) => JsonNode.Parse(PoliticalEventsJson.ToJson(record))!;

    private static void AssertJsonEqual(JsonNode expected, JsonNode actual, string what)
        => Assert.True(JsonNode.DeepEquals(expected, actual), $"{what}:\nexpected {expected.ToJsonString()}\nactual   {actual.ToJsonString()}");

    private static void Remove(JsonNode root, string pointer)
    {
        (JsonNode parent, string last) = Parent(root, pointer);
        if (parent is JsonArray array)
        {
            array.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            Assert.True(parent.AsObject().Remove(last), $"Reported path {pointer} is not in the record.");
        }
    }

    private static JsonNode? Get(JsonNode root, string pointer)
    {
        (JsonNode parent, string last) = Parent(root, pointer);
        return parent is JsonArray array ? array[int.Parse(last, CultureInfo.InvariantCulture)] : parent[last];
    }

    private static void Replace(JsonNode root, string pointer, Func<JsonNode?, JsonNode?> change)
    {
        (JsonNode parent, string last) = Parent(root, pointer);
        if (parent is JsonArray array)
        {
            int index = int.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
            array[index] = change(array[index]);
        }
        else
        {
            Assert.True(parent.AsObject().ContainsKey(last), $"Reported path {pointer} is not in the record.");
            parent[last] = change(parent[last]);
        }
    }

    private static (JsonNode Parent, string Last) Parent(JsonNode root, string pointer)
    {
        string[] segments = pointer.Split('/')[1..];
        JsonNode node = root;
        foreach (string segment in segments[..^1])
        {
            node = node is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]! : node[segment]!;
            Assert.NotNull(node);
        }

        return (node, segments[^1]);
    }

    // Empty arrays and objects are not written: remove them, as the import cannot bring them back.
    private static JsonNode Normalize(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (string key in obj.Select(p => p.Key).ToList())
            {
                JsonNode? child = obj[key];
                if (child is not null)
                {
                    Normalize(child);
                }

                if (child is JsonArray { Count: 0 } or JsonObject { Count: 0 })
                {
                    obj.Remove(key);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                if (item is not null)
                {
                    Normalize(item);
                }
            }
        }

        return node;
    }

    /// <summary>Orders JSON Pointers segment by segment, indexes as numbers, so later items (and children) come first when descending.</summary>
    private sealed class PointerComparer : IComparer<string>
    {
        public static readonly PointerComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            string[] a = x!.Split('/');
            string[] b = y!.Split('/');
            for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                int c = int.TryParse(a[i], out int m) && int.TryParse(b[i], out int n) ? m.CompareTo(n) : string.CompareOrdinal(a[i], b[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Length.CompareTo(b.Length);
        }
    }
}
