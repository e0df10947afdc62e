using System.Reflection;

namespace PoliticalEvents.Schemas;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the wire format, embedded in the library: one per record type, one for a
/// record of any type (discriminated by <c>"type"</c>), and one for the dataset document. Apps in any language can
/// validate data against them; they state everything JSON Schema can say, and docs/validation.md lists the rules
/// only the C# validator checks (calendar validity, references, date order, …).
/// </summary>
/// <remarks>
/// The schemas are generated from the C# types and committed under <c>schemas/v1</c> in the repository; the library
/// does not generate them at run time. Each is self-contained (its own <c>$defs</c>) and has a stable <c>$id</c>
/// under <see cref="BaseUri"/>.
/// </remarks>
public static class PoliticalEventsSchemas
{
    /// <summary>The base of every schema's <c>$id</c>; the name and <c>.schema.json</c> follow.</summary>
    public const string BaseUri = "https://politicalevents.org/schemas/v1/";

    /// <summary>The names of the schemas: <c>dataset</c>, <c>record</c> and one per record type (<c>sourceRecord</c> for the type <c>source</c>, format 1.1).</summary>
    public static IReadOnlyList<string> Names { get; } = ["dataset", "record", "person", "organization", "detention", "release", "sanctionMeasure", "link", "facility",
        "incident", "massDetention", "proceeding", "sourceRecord"];

    /// <summary>The <c>$id</c> of a schema.</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <returns>The absolute URI, e.g. <c>https://politicalevents.org/schemas/v1/person.schema.json</c>.</returns>
    public static Uri IdOf(string name) => new(BaseUri + Check(name) + ".schema.json");

    /// <summary>The JSON text of a schema.</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <returns>The schema as UTF-8 JSON text.</returns>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static string GetSchemaText(string name)
    {
        using Stream stream = OpenSchema(name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Opens a schema as a UTF-8 stream.</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <returns>A readable stream; the caller disposes it.</returns>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static Stream OpenSchema(string name)
        => Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName(Check(name)))
            ?? throw new InvalidOperationException($"The schema '{name}' is missing from the assembly; the package is damaged.");

    internal static string ResourceName(string name) => $"PoliticalEvents.Schemas.v1.{name}.schema.json";

    private static string Check(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Names.Contains(name, StringComparer.Ordinal)
            ? name
            : throw new ArgumentException($"No schema named '{name}'; the schemas are: {string.Join(", ", Names)}.", nameof(name));
    }
}
