using System.Collections;
using CsCheck;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PoliticalEvents.Serialization;
using PoliticalEvents.Tests.Generators;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Records;

/// <summary>
/// Every data property of every model type reachable from <see cref="Dataset"/>, found by reflection, must be in every
/// place a property has to be added by hand: the test generators, <c>Equals</c>/<c>GetHashCode</c>, the wire format
/// (writer and readers), the JSON Schemas, the CSV tables and the FollowTheMoney mapping (or the adapters' lists of
/// what they do not carry). A property missing from one place fails with a message that names the type, the property
/// and the place. Adding a property to the model, run these tests first: they list every place left to do.
/// </summary>
/// <remarks>
/// <para>The checks work on <see cref="SampleCount"/> datasets from <see cref="RecordGenerators.Dataset"/> with fixed
/// seeds, so a failure repeats. A property counts as set when it is not null, empty, false, an enum's zero value or a
/// struct's default (<see cref="ModelMap.IsSet"/>).</para>
/// </remarks>
public sealed partial class ModelCoverageTests
{
    /// <summary>How many generated datasets the checks look at.</summary>
    internal const int SampleCount = 300;

    private static readonly Lazy<Samples> Data = new(() => new Samples());

    /// <summary>How many times each property is set, at least, in <see cref="Samples.Covering"/>, when the samples have that many.</summary>
    private const int CoverEach = 8;

    /// <summary>The generated datasets, every node of each, and the nodes where each property is set.</summary>
    internal sealed class Samples
    {
        public Samples()
        {
            Datasets = [.. Enumerable.Range(0, SampleCount).Select(i => RecordGenerators.Dataset.Single(_ => true, ((ulong)(i + 1) * 0x9E3779B97F4A7C15).ToString("X16")[..12]))];
            Nodes = [.. Datasets.Select(d => ModelMap.Walk(d).ToArray())];
            Set = Nodes.SelectMany((nodes, sample) => nodes.Where(n => n.IsSet).Select(n => (Sample: sample, Node: n)))
                .GroupBy(x => x.Node.Property.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

            // The slower checks (a round trip or an export per sample) take the samples in order while some property
            // is set fewer than CoverEach times in those taken, so that every property is still seen several times.
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var covering = new List<int>();
            for (int i = 0; i < Nodes.Count; i++)
            {
                string[] set = [.. Nodes[i].Where(n => n.IsSet).Select(n => n.Property.Name).Distinct(StringComparer.Ordinal)];
                if (set.Any(name => counts.GetValueOrDefault(name) < CoverEach))
                {
                    covering.Add(i);
                    foreach (string name in set)
                    {
                        counts[name] = counts.GetValueOrDefault(name) + 1;
                    }
                }
            }

            Covering = covering;
            IsCovering = [.. covering];
        }

        public IReadOnlyList<Dataset> Datasets { get; }

        public IReadOnlyList<ModelNode[]> Nodes { get; }

        /// <summary>By <c>Type.Property</c>: the nodes where it is set, with the index of their sample.</summary>
        public IReadOnlyDictionary<string, (int Sample, ModelNode Node)[]> Set { get; }

        /// <summary>The samples the slower checks look at: every property is set in <see cref="CoverEach"/> of them (or in all the samples that set it).</summary>
        public IReadOnlyList<int> Covering { get; }

        private HashSet<int> IsCovering { get; }

        public (int Sample, ModelNode Node)[] SetNodes(ModelProperty property) => Set.GetValueOrDefault(property.Name) ?? [];

        /// <summary>The nodes where the property is set in the <see cref="Covering"/> samples.</summary>
        public IEnumerable<(int Sample, ModelNode Node)> CoveringNodes(ModelProperty property) => SetNodes(property).Where(s => IsCovering.Contains(s.Sample));

        /// <summary>At most <paramref name="count"/> of the nodes where the property is set, spread over the samples (the covering ones only, if asked).</summary>
        public IEnumerable<(int Sample, ModelNode Node)> Some(ModelProperty property, int count, bool covering = false)
        {
            (int, ModelNode)[] all = [.. covering ? CoveringNodes(property) : SetNodes(property)];
            int step = Math.Max(1, all.Length / count);
            return all.Where((_, i) => i % step == 0).Take(count);
        }
    }

    internal static void AssertNone(IEnumerable<string> failures, string what)
    {
        string[] list = [.. failures.Distinct(StringComparer.Ordinal)];
        if (list.Length > 0)
        {
            Assert.Fail($"{list.Length} {what}:\n  " + string.Join("\n  ", list));
        }
    }

    // ----- The model itself -----

    [Fact]
    public void Model_IsFoundByReflection_AndEveryPropertyIsDataOrComputed()
    {
        // The walk reaches the records and their parts, so the checks below are not vacuous.
        Assert.Equal(typeof(Dataset), ModelMap.Types[0]);
        Assert.Subset(ModelMap.Types.ToHashSet(), new HashSet<Type>
        {
            typeof(Publisher), typeof(Person), typeof(Organization), typeof(Detention), typeof(Release), typeof(SanctionMeasure), typeof(Link),
            typeof(ActorName), typeof(Affiliation), typeof(ExternalIdentifier), typeof(Source), typeof(Charge), typeof(Sentence), typeof(Placement),
            typeof(Designation), typeof(ReleasedDetainee), typeof(ReportedCount), typeof(SanctionProgram), typeof(LegalBasis), typeof(SanctionTarget),
            typeof(SanctionEvent), typeof(Facility), typeof(GeoLocation),
            typeof(Incident), typeof(IncidentAccount),
        });
        Assert.Contains(ModelMap.Properties, p => p.Name == "Detention.Placements");
        Assert.Contains(ModelMap.Properties, p => p.Name == "Person.Sources");

        var failures = new List<string>();
        foreach (Type type in ModelMap.Types)
        {
            if (type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is null)
            {
                failures.Add($"{type.Name} is not a record: model types are records, with value equality.");
            }

            foreach (PropertyInfo property in ModelMap.ComputedProperties(type).Where(p => !ModelMap.IsIgnoredOnTheWire(p)))
            {
                failures.Add($"{type.Name}.{property.Name} has no init accessor but is not [JsonIgnore]: give it one if it is data, or mark it [JsonIgnore] if it is computed.");
            }

            foreach (ModelProperty property in ModelMap.PropertiesOf(type).Where(p => p.WireName is null))
            {
                failures.Add($"{property.Name} is data (it has an init accessor) but not on the wire ([JsonIgnore]): every file would lose it.");
            }
        }

        AssertNone(failures, "model properties that are neither data on the wire nor computed");
    }

    // ----- 1. The generators -----

    [Fact]
    public void EveryProperty_IsSetInSomeGeneratedDataset()
    {
        Samples data = Data.Value;
        AssertNone(
            ModelMap.Properties.Where(p => data.SetNodes(p).Length == 0).Select(p =>
                $"{p.Name} is never set in {SampleCount} datasets of RecordGenerators.Dataset: generate it in tests/PoliticalEvents.Tests/Generators/RecordGenerators.cs (no other check can see it until then)."),
            "properties the generators never set");
    }

    // ----- 2. Equality -----

    [Fact]
    public void EveryProperty_TakesPartInEquals_AndEqualValuesHashAlike()
    {
        Samples data = Data.Value;
        var failures = new List<string>();
        foreach (ModelProperty property in ModelMap.Properties)
        {
            string owner = property.Owner.Name;
            (int, ModelNode)[] set = data.SetNodes(property);
            foreach ((_, ModelNode node) in data.Some(property, 8))
            {
                object original = node.Owner;
                object copy = ModelMap.Clone(original);
                if (!original.Equals(copy) || original.GetHashCode() != copy.GetHashCode())
                {
                    failures.Add($"{owner}: a copy (with {{ }}) is not equal to the original, or hashes differently.");
                    continue;
                }

                object cleared = ModelMap.With(original, property.Info, ModelMap.Cleared(property));
                if (original.Equals(cleared) || cleared.Equals(original))
                {
                    failures.Add($"{property.Name} is not compared by {owner}.Equals: clearing it leaves the {owner} equal. Add it to the Equals override.");
                }

                if (set.Select(s => s.Item2.Value).FirstOrDefault(v => !ModelMap.SameValue(v, node.Value)) is { } other)
                {
                    object changed = ModelMap.With(original, property.Info, other);
                    if (original.Equals(changed) || changed.Equals(original))
                    {
                        failures.Add($"{property.Name} is not compared by {owner}.Equals: changing it leaves the {owner} equal. Add it to the Equals override.");
                    }
                }

                object equal = ModelMap.With(original, property.Info, ModelMap.EqualCopy(node.Value));
                if (!original.Equals(equal) || !equal.Equals(original))
                {
                    failures.Add(property.IsList
                        ? $"{property.Name} is compared by reference in {owner}.Equals: a copy of the {owner} with a new list of the same items is not equal to it. Compare it with SequenceEquality.Equal."
                        : $"{property.Name}: a copy of the {owner} with an equal copy of the value is not equal to it.");
                }
                else if (original.GetHashCode() != equal.GetHashCode())
                {
                    failures.Add($"{property.Name} is hashed by reference in {owner}.GetHashCode: a copy of the {owner} with an equal value (a new list of the same items) hashes differently. Hash it with SequenceEquality.Hash, or leave it out of GetHashCode.");
                }
            }
        }

        AssertNone(failures, "properties missing from Equals or GetHashCode");
    }

    // ----- 3. The wire format -----

    private static Dataset ReadDocument(Dataset dataset)
        => PoliticalEventsJson.ReadDataset(Encoding.UTF8.GetBytes(PoliticalEventsJson.ToJson(dataset))).GetValueOrThrow();

    private static Dataset ReadJsonLines(Dataset dataset)
    {
        using var stream = new MemoryStream();
        JsonLines.WriteAsync(stream, dataset).GetAwaiter().GetResult();
        stream.Position = 0;
        (Dataset? read, IReadOnlyList<Finding> errors) = JsonLines.ReadDatasetAsync(stream).AsTask().GetAwaiter().GetResult();
        return read ?? throw new InvalidOperationException(string.Join("; ", errors));
    }

    private static Dataset ReadWithSerializer(Dataset dataset)
        => JsonSerializer.Deserialize(PoliticalEventsJson.ToJson(dataset), PoliticalEventsJson.DatasetTypeInfo)!;

    /// <summary>Why the node's value is not the same in <paramref name="after"/>; null when it is (or when its owner is gone, which the owner's own node tells).</summary>
    internal static string? Lost(ModelNode node, Dataset after)
    {
        (bool found, object? value) = ModelMap.ValueIn(after, node);
        if (!found)
        {
            return null;
        }

        if (!ModelMap.IsSet(value))
        {
            return "absent after";
        }

        if (node.Property.HoldsModel)
        {
            return node.Property.IsList && ((IEnumerable)value!).Cast<object>().Count() != ((IEnumerable)node.Value!).Cast<object>().Count() ? "with another number of items after" : null;
        }

        return ModelMap.SameValue(node.Value, value) ? null : "with another value after";
    }

    [Fact]
    public void EveryProperty_SurvivesTheWireFormat_DocumentJsonLinesAndSerializer()
    {
        Samples data = Data.Value;
        (string Route, Func<Dataset, Dataset> RoundTrip)[] routes =
        [
            ("the document round trip (PoliticalEventsJson.ToJson → ReadDataset)", ReadDocument),
            ("the JSON Lines round trip (JsonLines.WriteAsync → ReadAsync)", ReadJsonLines),
            ("the serializer's round trip (ToJson → JsonSerializer with PoliticalEventsJson.DatasetTypeInfo)", ReadWithSerializer),
        ];

        var failures = new List<string>();
        foreach ((string route, Func<Dataset, Dataset> roundTrip) in routes)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (int i in data.Covering)
            {
                Dataset after;
                try
                {
                    after = roundTrip(data.Datasets[i]);
                }
                catch (Exception e) when (e is WireFormatException or JsonException or InvalidOperationException)
                {
                    failures.Add($"Sample {i} fails {route}: {e.Message}");
                    continue;
                }

                foreach (ModelNode node in data.Nodes[i].Where(n => n.IsSet))
                {
                    if (Lost(node, after) is string how && reported.Add(node.Property.Name))
                    {
                        failures.Add($"{node.Property.Name} does not survive {route}: set at {node.Where}, {how}.");
                    }
                }
            }
        }

        AssertNone(failures, "properties lost on the wire");
    }

    [Fact]
    public void EveryProperty_IsWrittenUnderItsWireName_AndTheWriterWritesNothingElse()
    {
        Samples data = Data.Value;
        var failures = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (int i in data.Covering)
        {
            JsonNode document = JsonNode.Parse(PoliticalEventsJson.ToJson(data.Datasets[i]))!;
            foreach (IGrouping<string, ModelNode> owner in data.Nodes[i].GroupBy(n => n.OwnerPointer, StringComparer.Ordinal))
            {
                Type type = owner.First().Owner.GetType();
                if (At(document, owner.Key) is not JsonObject json)
                {
                    failures.Add($"The canonical writer wrote no object for the {type.Name} at {(owner.Key.Length == 0 ? "/" : owner.Key)}.");
                    continue;
                }

                foreach (ModelNode node in owner.Where(n => n.IsSet && n.Property.WireName is not null && !json.ContainsKey(n.Property.WireName)))
                {
                    if (reported.Add(node.Property.Name))
                    {
                        failures.Add($"{node.Property.Name} is set but the canonical writer (CanonicalWriter, PoliticalEventsJson) wrote no \"{node.Property.WireName}\" in the {type.Name} at {owner.Key}.");
                    }
                }

                HashSet<string> names = [.. ModelMap.PropertiesOf(type).Select(p => p.WireName).OfType<string>()];
                foreach (string key in json.Select(p => p.Key).Where(k => !names.Contains(k) && !(k == "type" && typeof(Record).IsAssignableFrom(type))))
                {
                    if (reported.Add($"{type.Name}/{key}"))
                    {
                        failures.Add($"The canonical writer wrote \"{key}\" in a {type.Name}, which is the wire name of no property of {type.Name}.");
                    }
                }
            }
        }

        AssertNone(failures, "properties the canonical writer does not write as their wire name");
    }

    private static JsonNode? At(JsonNode root, string pointer)
    {
        JsonNode? current = root;
        foreach (string segment in pointer.Split('/').Skip(1))
        {
            current = current switch
            {
                JsonObject o => o[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)],
                JsonArray a when int.TryParse(segment, out int index) && index < a.Count => a[index],
                _ => null,
            };
        }

        return current;
    }

    // ----- 4. The JSON Schemas -----

    /// <summary>An object schema in a committed schema file that describes a model type: the file's root or one of its <c>$defs</c>.</summary>
    private sealed record SchemaObject(string File, string Pointer, string Name, JsonObject Schema)
    {
        public string Where => $"schemas/v1/{File} {(Pointer.Length == 0 ? "(root)" : Pointer)}";

        public IEnumerable<string> PropertyNames => Schema["properties"] is JsonObject properties ? properties.Select(p => p.Key) : [];
    }

    private static List<SchemaObject> SchemaObjects()
    {
        var objects = new List<SchemaObject>();
        foreach (string path in Directory.GetFiles(RepoPaths.File("schemas/v1"), "*.schema.json").Order(StringComparer.Ordinal))
        {
            string file = Path.GetFileName(path);
            var root = (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;
            objects.Add(new SchemaObject(file, string.Empty, file[..^".schema.json".Length], root));
            if (root["$defs"] is JsonObject defs)
            {
                foreach ((string name, JsonNode? def) in defs)
                {
                    if (def is JsonObject schema && (schema.ContainsKey("properties") || (string?)schema["type"] == "object"))
                    {
                        objects.Add(new SchemaObject(file, "/$defs/" + name, name, schema));
                    }
                }
            }
        }

        return objects;
    }

    [Fact]
    public void EveryProperty_IsInTheSchemaOfItsType_AndEverySchemaPropertyIsAModelProperty()
    {
        List<SchemaObject> schemas = SchemaObjects();
        Dictionary<string, Type> types = ModelMap.Types.ToDictionary(ModelMap.DefinitionName, StringComparer.Ordinal);

        // A record type's wire name is its definition's name but for SourceRecord, "source" (format 1.1), whose
        // definition is "sourceRecord" because "source" is the citation's (Source).
        Dictionary<Type, string> wireTypes = PoliticalEventsJson.RecordTypeInfo.PolymorphismOptions!.DerivedTypes.ToDictionary(d => d.DerivedType, d => (string)d.TypeDiscriminator!);
        Dictionary<string, Type> byWireType = wireTypes.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        string[] recordNames = [.. ModelMap.RecordTypes.Select(t => wireTypes[t])];
        var failures = new List<string>();

        // Every type has a definition in the dataset schema (the dataset is its root), and every record type a file.
        foreach (Type type in ModelMap.Types)
        {
            string name = ModelMap.DefinitionName(type);
            if (!schemas.Any(s => s.File == "dataset.schema.json" && s.Name == name))
            {
                failures.Add($"{type.Name} has no schema: schemas/v1/dataset.schema.json has no $defs/{name}. Regenerate the schemas (UPDATE_SCHEMAS=1, see SchemaApprovalTests; record types are listed in SchemaGenerator).");
            }

            if (type.IsSubclassOf(typeof(Record)) && !schemas.Any(s => s.File == name + ".schema.json" && s.Pointer.Length == 0))
            {
                failures.Add($"{type.Name} has no schemas/v1/{name}.schema.json (and PoliticalEventsSchemas.Names must list it).");
            }
        }

        foreach (SchemaObject schema in schemas)
        {
            if (schema.Name == "record")
            {
                // The union of the record types: only "type", and every record type in it.
                string[] union = schema.Schema["properties"]?["type"]?["enum"]?.AsArray().Select(n => (string)n!).ToArray() ?? [];
                foreach (string missing in recordNames.Except(union, StringComparer.Ordinal))
                {
                    failures.Add($"The record type {byWireType[missing].Name} is not in the record union of {schema.Where} (properties/type/enum).");
                }

                foreach (string stale in union.Except(recordNames, StringComparer.Ordinal))
                {
                    failures.Add($"{schema.Where} lists the record type \"{stale}\", which no model type is.");
                }

                continue;
            }

            if (!types.TryGetValue(schema.Name, out Type? type))
            {
                failures.Add($"{schema.Where} describes an object \"{schema.Name}\" that is no model type (a stale definition?).");
                continue;
            }

            HashSet<string> onSchema = [.. schema.PropertyNames];
            foreach (ModelProperty property in ModelMap.PropertiesOf(type).Where(p => p.WireName is not null && !onSchema.Contains(p.WireName)))
            {
                failures.Add($"{property.Name} is not in the schema of {schema.Name} ({schema.Where}, \"{property.WireName}\"). Regenerate the schemas: UPDATE_SCHEMAS=1, see SchemaApprovalTests.");
            }

            HashSet<string> onWire = [.. ModelMap.PropertiesOf(type).Select(p => p.WireName).OfType<string>()];
            bool isRecord = type.IsSubclassOf(typeof(Record));
            foreach (string name in onSchema.Where(n => !onWire.Contains(n)))
            {
                if (isRecord && name == "type")
                {
                    if ((string?)schema.Schema["properties"]!["type"]!["const"] != wireTypes[type])
                    {
                        failures.Add($"{schema.Where}: \"type\" of a {type.Name} must be the constant \"{wireTypes[type]}\".");
                    }

                    continue;
                }

                failures.Add($"{schema.Where} has the property \"{name}\", which is no property of {type.Name} (a stale schema entry).");
            }
        }

        AssertNone(failures, "differences between the model and schemas/v1");
    }
}
