using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using PoliticalEvents.Schemas;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Tests.Schemas;

/// <summary>
/// Generates the JSON Schemas (draft 2020-12) of the wire format from the C# types: it walks the System.Text.Json
/// metadata the library serialises with (so property names, order, required members and enum values are the
/// serializer's own), takes descriptions from the XML docs, and adds what the types cannot say — patterns of the
/// value types, lengths, and the conditional requirements the validator's structural layer checks.
/// The output is committed under schemas/v1 and embedded in the library; SchemaApprovalTests fails when they differ.
/// </summary>
internal sealed class SchemaGenerator
{
    private static readonly Type[] RecordTypes = [typeof(Person), typeof(Organization), typeof(Detention), typeof(Release), typeof(SanctionMeasure), typeof(Link), typeof(Facility),
        typeof(Incident), typeof(MassDetention), typeof(Proceeding), typeof(SourceRecord)];

    private readonly XmlDocs _docs;
    private readonly SortedDictionary<string, JsonObject> _defs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _uses = new(StringComparer.Ordinal);
    private string? _current;

    public SchemaGenerator(XmlDocs docs) => _docs = docs;

    /// <summary>Every schema file: name (without <c>.schema.json</c>) → JSON text with a final newline.</summary>
    public static IReadOnlyDictionary<string, string> GenerateAll()
    {
        var generator = new SchemaGenerator(XmlDocs.ForLibrary());
        generator.Build();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in PoliticalEventsSchemas.Names)
        {
            files[name] = generator.File(name).ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, Encoder = PoliticalEventsJson.Options.Encoder }) + "\n";
        }

        return files;
    }

    private void Build()
    {
        foreach (Type type in RecordTypes)
        {
            Ref(type);
        }

        Ref(typeof(Dataset));
        _current = "record";
        _defs["record"] = RecordUnion();
        _uses["record"] = [.. RecordTypes.Select(DefName)];
    }

    private JsonObject File(string name)
    {
        var closure = new SortedSet<string>(StringComparer.Ordinal);
        Collect(name, closure);
        closure.Remove(name);
        JsonObject root = (JsonObject)_defs[name].DeepClone();
        var file = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = PoliticalEventsSchemas.BaseUri + name + ".schema.json",
            ["title"] = Title(name),
        };
        foreach ((string key, JsonNode? value) in root)
        {
            file[key] = value?.DeepClone();
        }

        if (closure.Count > 0)
        {
            var defs = new JsonObject();
            foreach (string def in closure)
            {
                defs[def] = _defs[def].DeepClone();
            }

            file["$defs"] = defs;
        }

        return file;
    }

    private void Collect(string name, SortedSet<string> closure)
    {
        if (!closure.Add(name))
        {
            return;
        }

        foreach (string used in _uses.GetValueOrDefault(name) ?? [])
        {
            Collect(used, closure);
        }
    }

    private static string Title(string name) => name switch
    {
        "dataset" => $"PoliticalEvents dataset document (format {Dataset.CurrentFormatVersion})",
        "record" => $"PoliticalEvents record of any type (format {Dataset.CurrentFormatVersion})",
        "sanctionMeasure" => $"PoliticalEvents sanction measure (format {Dataset.CurrentFormatVersion})",
        "sourceRecord" => $"PoliticalEvents source record (type \"source\"; format {Dataset.CurrentFormatVersion})",
        _ => $"PoliticalEvents {name} (format {Dataset.CurrentFormatVersion})",
    };

    private static string DefName(Type type) => JsonNamingPolicy.CamelCase.ConvertName(type.Name);

    /// <summary>A <c>$ref</c> to the definition of <paramref name="type"/>, creating the definition on first use.</summary>
    private JsonObject Ref(Type type)
    {
        string name = DefName(type);
        if (_current is not null)
        {
            (_uses.TryGetValue(_current, out HashSet<string>? set) ? set : _uses[_current] = []).Add(name);
        }

        if (!_defs.ContainsKey(name))
        {
            _defs[name] = []; // placeholder: breaks cycles
            string? outer = _current;
            _current = name;
            _defs[name] = Define(type);
            _current = outer;
        }

        return new JsonObject { ["$ref"] = "#/$defs/" + name };
    }

    private JsonObject Define(Type type)
    {
        JsonObject schema = ValueSchema(type) ?? (type.IsEnum ? EnumSchema(type) : ObjectSchema(type));
        return WithDescription(schema, _docs.Of(type));
    }

    private static JsonObject WithDescription(JsonObject schema, string? description)
    {
        if (description is null)
        {
            return schema;
        }

        var described = new JsonObject { ["description"] = description };
        foreach ((string key, JsonNode? value) in schema)
        {
            described[key] = value?.DeepClone();
        }

        return described;
    }

    private static JsonObject? ValueSchema(Type type)
    {
        if (type == typeof(RecordId) || type == typeof(PersonId) || type == typeof(OrganizationId) || type == typeof(DetentionId) || type == typeof(ActorId))
        {
            return new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = IdSyntax.MaxLength, ["pattern"] = IdSyntax.Pattern };
        }

        if (type == typeof(PartialDate))
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = PartialDate.Pattern };
        }

        if (type == typeof(Term))
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = Term.Pattern };
        }

        if (type == typeof(CountryCode))
        {
            return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. CountryCode.AllCodes.Select(c => JsonValue.Create(c))]) };
        }

        if (type == typeof(CurrencyCode))
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = CurrencyCode.Pattern };
        }

        if (type == typeof(LanguageTag))
        {
            return new JsonObject { ["type"] = "string", ["maxLength"] = LanguageTag.MaxLength, ["pattern"] = LanguageTag.Pattern };
        }

        if (type == typeof(WebUrl))
        {
            return new JsonObject { ["type"] = "string", ["maxLength"] = WebUrl.MaxLength, ["pattern"] = WebUrl.Pattern };
        }

        if (type == typeof(LocalDate))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = PoliticalEvents.Serialization.FastReader.DatePatternText };
        }

        if (type == typeof(Instant))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date-time", ["pattern"] = PoliticalEvents.Serialization.FastReader.InstantPatternText };
        }

        return null;
    }

    private JsonObject EnumSchema(Type type)
    {
        var values = new JsonArray();
        foreach (string name in Enum.GetNames(type))
        {
            values.Add(JsonNamingPolicy.CamelCase.ConvertName(name));
        }

        return new JsonObject { ["type"] = "string", ["enum"] = values };
    }

    private JsonObject ObjectSchema(Type type)
    {
        JsonTypeInfo info = PoliticalEventsJson.Options.GetTypeInfo(type);
        var properties = new JsonObject();
        var required = new JsonArray();
        if (typeof(Record).IsAssignableFrom(type))
        {
            string discriminator = RecordTypeName(type);
            properties["type"] = new JsonObject { ["const"] = discriminator, ["description"] = $"The record's type: \"{discriminator}\"." };
            required.Add("type");
        }

        foreach (JsonPropertyInfo property in info.Properties.Where(p => p.Get is not null && p.Set is not null))
        {
            JsonObject schema = PropertySchema(property);
            properties[property.Name] = WithDescription(schema, property.AttributeProvider is MemberInfo member ? _docs.Of(member) : null);
            if (property.IsRequired)
            {
                required.Add(property.Name);
            }
        }

        var result = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
        {
            result["required"] = required;
        }

        result["additionalProperties"] = false;
        foreach ((string key, JsonNode value) in Conditions(type))
        {
            result[key] = value;
        }

        return result;
    }

    private static string RecordTypeName(Type type) => type.Name switch
    {
        nameof(SanctionMeasure) => "sanctionMeasure",
        nameof(SourceRecord) => "source", // its definition is "sourceRecord": "source" is the citation's (Source)
        _ => JsonNamingPolicy.CamelCase.ConvertName(type.Name),
    };

    private JsonObject PropertySchema(JsonPropertyInfo property)
    {
        Type type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        string owner = DefName(property.DeclaringType);
        JsonObject schema;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            Type item = type.GetGenericArguments()[0];
            schema = new JsonObject { ["type"] = "array", ["items"] = ItemSchema(item, owner, property.Name) };
            if (property.IsRequired && type != typeof(IReadOnlyList<Record>))
            {
                schema["minItems"] = 1;
            }

            // Positions in a list, and lists of ids that name each record once (the record rule uniqueItems).
            if (item == typeof(int) || (owner, property.Name) is ("incident", "subjectIds") or ("massDetention", "detentionIds"))
            {
                schema["uniqueItems"] = true;
            }
        }
        else if (type == typeof(string))
        {
            schema = new JsonObject { ["type"] = "string" };
            if (property.IsRequired || (owner, property.Name) is ("person", "name") or ("sanctionTarget", "sector") or ("sanctionTarget", "listingId") or ("sanctionTarget", "reason") or ("sanctionTarget", "delistingReason") or ("birthPlace", "locality") or ("address", "full") or ("address", "street") or ("address", "locality") or ("address", "region") or ("address", "postalCode") or ("actorName", "given") or ("actorName", "family") or ("actorName", "patronymic") or ("charge", "article") or ("placement", "facility") or ("organization", "legalForm"))
            {
                schema["minLength"] = 1;
            }

            schema["maxLength"] = (owner, property.Name) is ("source", "quote") ? RecordRules.MaxQuoteLength : BoundedStringConverter.MaxLength;

            // Step ids (format 1.1) have the form of record ids.
            if ((owner, property.Name) is ("sanctionEvent", "stepId") or ("link", "fromStepId") or ("link", "toStepId"))
            {
                schema["minLength"] = 1;
                schema["maxLength"] = IdSyntax.MaxLength;
                schema["pattern"] = IdSyntax.Pattern;
            }

            if ((owner, property.Name) is ("externalIdentifier", "scheme"))
            {
                schema["pattern"] = RecordRules.SchemePatternText;
            }

            if ((owner, property.Name) is ("dataset", "formatVersion"))
            {
                schema["pattern"] = DatasetValidator.FormatVersionPatternText;
            }
        }
        else if (type == typeof(bool))
        {
            schema = new JsonObject { ["type"] = "boolean" };
        }
        else if (type == typeof(int))
        {
            // A release's reported count is at least 1; a mass detention's attributed count may be 0, and a position in a
            // list (a sentence's replacesIndex) starts at 0.
            int minimum = property.Name.EndsWith("Index", StringComparison.Ordinal) || (owner, property.Name) is ("attributedCount", "value") ? 0 : 1;
            schema = new JsonObject { ["type"] = "integer", ["minimum"] = minimum, ["maximum"] = int.MaxValue };
        }
        else if (type == typeof(decimal))
        {
            schema = new JsonObject { ["type"] = "number", ["minimum"] = 0 };
        }
        else if (type == typeof(double))
        {
            // WGS 84 degrees, the only numbers with a fraction the format has.
            int limit = (owner, property.Name) switch
            {
                ("geoLocation", "latitude") => 90,
                ("geoLocation", "longitude") => 180,
                _ => throw new InvalidOperationException($"No range declared for the number {owner}.{property.Name}."),
            };
            schema = new JsonObject { ["type"] = "number", ["minimum"] = -limit, ["maximum"] = limit };
        }
        else
        {
            schema = Ref(type);
        }

        return schema;
    }

    private JsonObject ItemSchema(Type item, string owner, string property)
    {
        if (item == typeof(string))
        {
            return (owner, property) is ("actor", "roles") or ("person", "roles") or ("organization", "roles")
                ? new JsonObject { ["type"] = "string", ["maxLength"] = BoundedStringConverter.MaxLength, ["pattern"] = RecordRules.RolePatternText }
                : new JsonObject { ["type"] = "string", ["maxLength"] = BoundedStringConverter.MaxLength };
        }

        if (item == typeof(int))
        {
            return new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = int.MaxValue }; // positions in a list, from 0
        }

        return item == typeof(Record) ? RefTo("record") : Ref(item);
    }

    private JsonObject RefTo(string name)
    {
        (_uses.TryGetValue(_current!, out HashSet<string>? set) ? set : _uses[_current!] = []).Add(name);
        return new JsonObject { ["$ref"] = "#/$defs/" + name };
    }

    private JsonObject RecordUnion()
    {
        var allOf = new JsonArray();
        var types = new JsonArray();
        foreach (Type type in RecordTypes)
        {
            string name = RecordTypeName(type);
            types.Add(name);
            allOf.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["type"] = new JsonObject { ["const"] = name } }, ["required"] = new JsonArray("type") },
                ["then"] = new JsonObject { ["$ref"] = "#/$defs/" + DefName(type) },
            });
        }

        return new JsonObject
        {
            ["description"] = $"A record of any type, told apart by its \"type\": {string.Join(", ", RecordTypes[..^1].Select(RecordTypeName))} or {RecordTypeName(RecordTypes[^1])}.",
            ["type"] = "object",
            ["properties"] = new JsonObject { ["type"] = new JsonObject { ["type"] = "string", ["enum"] = types } },
            ["required"] = new JsonArray("type"),
            ["allOf"] = allOf,
        };
    }

    /// <summary>The conditional requirements of a type (the same rules as the validator's structural layer).</summary>
    private static IEnumerable<(string Keyword, JsonNode Value)> Conditions(Type type)
    {
        if (type == typeof(Person))
        {
            yield return ("if", new JsonObject { ["properties"] = new JsonObject { ["anonymous"] = new JsonObject { ["const"] = true } }, ["required"] = new JsonArray("anonymous") });
            yield return ("then", new JsonObject { ["properties"] = new JsonObject { ["name"] = new JsonObject { ["not"] = new JsonObject() }, ["names"] = new JsonObject { ["not"] = new JsonObject() }, ["identityDocuments"] = new JsonObject { ["not"] = new JsonObject() }, ["addresses"] = new JsonObject { ["not"] = new JsonObject() } } });
            yield return ("else", Requires("name"));
        }
        else if (type == typeof(Organization))
        {
            yield return ("if", KindIn("state", "governmentBody", "court", "securityService"));
            yield return ("then", Requires("country"));
        }
        else if (type == typeof(Sentence))
        {
            yield return ("if", KindIn("imprisonment", "restrictedFreedom", "suspended", "houseArrest"));
            yield return ("then", Requires("term"));
        }
        else if (type == typeof(SanctionTarget))
        {
            // An actor, a sector (of one country when "country" comes with it, format 1.1), or a country alone.
            JsonObject countryAlone = Requires("country");
            countryAlone["not"] = Requires("sector");
            yield return ("oneOf", new JsonArray(Requires("actorId"), Requires("sector"), countryAlone));
        }
        else if (type == typeof(Affiliation))
        {
            // Format 1.1: a position without an organization record has its role.
            yield return ("anyOf", new JsonArray(Requires("organizationId"), Requires("role")));
        }
        else if (type == typeof(Charge))
        {
            yield return ("anyOf", new JsonArray(Requires("article"), Requires("description")));
        }
        else if (type == typeof(Placement))
        {
            yield return ("anyOf", new JsonArray(Requires("facility"), Requires("facilityId")));
        }
        else if (type == typeof(Address))
        {
            yield return ("anyOf", new JsonArray(Requires("full"), Requires("street"), Requires("locality"), Requires("region"), Requires("postalCode"), Requires("country")));
        }
        else if (type == typeof(BirthPlace))
        {
            yield return ("anyOf", new JsonArray(Requires("locality"), Requires("country")));
        }
        else if (type == typeof(Source))
        {
            // A citation by id (format 1.1) carries only sourceId, quote and page; a source given inline a url or a title.
            var notHere = new JsonObject();
            foreach (string name in (string[])["url", "title", "publisher", "publishedOn", "accessedOn", "language", "archiveUrl", "kind"])
            {
                notHere[name] = new JsonObject { ["not"] = new JsonObject() };
            }

            yield return ("if", Requires("sourceId"));
            yield return ("then", new JsonObject { ["properties"] = notHere });
            yield return ("else", new JsonObject { ["anyOf"] = new JsonArray(Requires("url"), Requires("title")) });
        }
        else if (type == typeof(SourceRecord))
        {
            yield return ("anyOf", new JsonArray(Requires("url"), Requires("title")));
        }
        else if (type == typeof(ExternalIdentifier))
        {
            var rules = new JsonArray();
            foreach ((string scheme, string pattern, _) in KnownSchemes.All)
            {
                rules.Add(new JsonObject
                {
                    ["if"] = new JsonObject { ["properties"] = new JsonObject { ["scheme"] = new JsonObject { ["const"] = scheme } }, ["required"] = new JsonArray("scheme") },
                    ["then"] = new JsonObject { ["properties"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "string", ["pattern"] = pattern } } },
                });
            }

            yield return ("allOf", rules);
        }

        // "properties" repeats the property (with the always-true schema) so that Ajv's strictRequired accepts the subschema.
        static JsonObject Requires(string property) => new() { ["properties"] = new JsonObject { [property] = true }, ["required"] = new JsonArray(property) };

        static JsonObject KindIn(params string[] kinds) => new()
        {
            ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["enum"] = new JsonArray([.. kinds.Select(k => JsonValue.Create(k))]) } },
            ["required"] = new JsonArray("kind"),
        };
    }
}
