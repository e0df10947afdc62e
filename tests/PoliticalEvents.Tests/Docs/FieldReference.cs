using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using PoliticalEvents.Schemas;
using PoliticalEvents.Tests.Schemas;

namespace PoliticalEvents.Tests.Docs;

/// <summary>
/// The field-by-field reference of docs/format.md, made from the published JSON Schemas (whose descriptions are the
/// C# docs) and the docs of each enum value: every record type, every part, every value, written once.
/// </summary>
internal static class FieldReference
{
    public const string Start = "<!-- field reference: generated from schemas/v1 by FieldReferenceTests; do not edit by hand -->";

    public const string End = "<!-- end of field reference -->";

    /// <summary>The Markdown between <see cref="Start"/> and <see cref="End"/>.</summary>
    public static string Render()
    {
        var records = new List<(string Name, JsonObject Schema)>();
        var defs = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (string name in PoliticalEventsSchemas.Names.Where(n => n != "record"))
        {
            JsonObject schema = JsonNode.Parse(PoliticalEventsSchemas.GetSchemaText(name))!.AsObject();
            records.Add((name, schema));
            foreach ((string defName, JsonNode? def) in schema["$defs"]?.AsObject() ?? [])
            {
                defs.TryAdd(defName, def!.AsObject());
            }
        }

        var text = new StringBuilder();
        text.Append("### Records\n\n");
        text.Append("A property marked * is required. A property that is absent has no value (null is never written). Lists may be\n");
        text.Append("absent, which is the same as empty. Descriptions ending in \"Format 1.1.\" name what 1.1 added.\n");
        foreach ((string name, JsonObject schema) in records)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n#### `{(name == "dataset" ? "dataset" : name)}`{(name == "dataset" ? " (the document, or the header line of JSON Lines)" : string.Empty)}\n\n");
            text.Append(Text(schema["description"])).Append('\n');
            Conditions(schema, text);
            Properties(schema, defs, text);
        }

        text.Append("\n### Parts\n\nObjects that records hold.\n");
        foreach ((string name, JsonObject def) in defs.Where(d => d.Value["type"]?.GetValue<string>() == "object" && d.Value["properties"] is not null))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n#### `{name}`\n\n").Append(Text(def["description"])).Append('\n');
            Conditions(def, text);
            Properties(def, defs, text);
        }

        text.Append("\n### Values\n\nThe values of enumerations, and the forms of the string types.\n\n");
        text.Append("| Name | Values or form |\n|---|---|\n");
        foreach ((string name, JsonObject def) in defs.Where(d => d.Value["type"]?.GetValue<string>() != "object" && d.Value["const"] is null))
        {
            text.Append(CultureInfo.InvariantCulture, $"| <a id=\"{name.ToLowerInvariant()}\"></a>`{name}` | {Cell(Text(def["description"]))}");
            if (def["enum"] is JsonArray values && name != "countryCode")
            {
                text.Append("<br>").Append(string.Join("<br>", values.Select(v => EnumValue(name, v!.GetValue<string>()))));
            }
            else if (def["pattern"] is JsonNode pattern)
            {
                text.Append(CultureInfo.InvariantCulture, $" Pattern: `{Cell(pattern.GetValue<string>())}`.");
            }

            text.Append(" |\n");
        }

        return text.ToString();
    }

    private static void Conditions(JsonObject schema, StringBuilder text)
    {
        foreach (string keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema[keyword] is JsonArray options)
            {
                // Each option: what it requires, and what it then forbids ("`country` without `sector`").
                string[] names = [.. options.Select(o => string.Join(" and ", o!["required"]!.AsArray().Select(r => $"`{r}`"))
                    + (o["not"]?["required"] is JsonArray not ? " without " + string.Join(" or ", not.Select(r => $"`{r}`")) : string.Empty))];
                text.Append(CultureInfo.InvariantCulture, $"\n{(keyword == "anyOf" ? "At least one of" : "Exactly one of")}: {string.Join(", ", names)}.\n");
            }
        }
    }

    private static void Properties(JsonObject schema, IReadOnlyDictionary<string, JsonObject> defs, StringBuilder text)
    {
        HashSet<string> required = [.. (schema["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>())];
        text.Append("\n| Property | Type | Meaning |\n|---|---|---|\n");
        foreach ((string property, JsonNode? node) in schema["properties"]!.AsObject())
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{property}`{(required.Contains(property) ? "*" : string.Empty)} | {Cell(TypeOf(node!.AsObject(), defs))} | {Cell(Text(node!["description"]))} |\n");
        }
    }

    private static string TypeOf(JsonObject node, IReadOnlyDictionary<string, JsonObject> defs)
    {
        if (node["const"] is JsonNode constant)
        {
            return $"`\"{constant.GetValue<string>()}\"`";
        }

        if (node["$ref"] is JsonNode reference)
        {
            string name = reference.GetValue<string>().Split('/')[^1];
            return $"[{name}](#{name.ToLowerInvariant()})";
        }

        string type = node["type"]?.GetValue<string>() ?? "any";
        return type switch
        {
            "array" => "list of " + TypeOf(node["items"]!.AsObject(), defs),
            "string" when node["pattern"] is not null => "string matching `" + node["pattern"]!.GetValue<string>() + "`",
            "string" => "text",
            "integer" when node["minimum"] is JsonNode minimum => $"integer ≥ {minimum}",
            _ => type,
        };
    }

    // An enum value's meaning from the docs of the C# member with that wire name ("<c>pardon</c>: A pardon by ...").
    private static string EnumValue(string enumName, string value)
    {
        Type? type = typeof(Dataset).Assembly.GetTypes().FirstOrDefault(t => t.IsEnum && t.IsPublic && string.Equals(t.Name, enumName, StringComparison.OrdinalIgnoreCase));
        FieldInfo? member = type?.GetFields(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(f => string.Equals(f.Name, value, StringComparison.OrdinalIgnoreCase));
        string? doc = member is null ? null : Docs.Of(member);
        string meaning = doc is null ? string.Empty : doc.StartsWith(value + ":", StringComparison.Ordinal) ? doc[(value.Length + 1)..].Trim() : doc;
        return meaning.Length == 0 ? $"`{value}`" : $"`{value}`: {Cell(meaning)}";
    }

    private static readonly XmlDocs Docs = XmlDocs.ForLibrary();

    private static string Text(JsonNode? description) => description?.GetValue<string>() ?? string.Empty;

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
