using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PoliticalEvents.Tests.Schemas;

/// <summary>Reads the library's XML documentation so that the schemas' descriptions are the C# docs, written once.</summary>
internal sealed partial class XmlDocs
{
    private readonly Dictionary<string, string> _summaries = new(StringComparer.Ordinal);

    public XmlDocs(string xmlPath)
    {
        foreach (XElement member in XDocument.Load(xmlPath).Descendants("member"))
        {
            string? name = member.Attribute("name")?.Value;
            XElement? summary = member.Element("summary");
            if (name is not null && summary is not null)
            {
                _summaries[name] = Flatten(summary);
            }
        }
    }

    public static XmlDocs ForLibrary()
        => new(Path.ChangeExtension(typeof(PoliticalEvents.Dataset).Assembly.Location, ".xml"));

    public string? Of(Type type) => _summaries.GetValueOrDefault("T:" + type.FullName);

    public string? Of(MemberInfo member) => _summaries.GetValueOrDefault($"{(member is FieldInfo ? "F" : "P")}:{member.DeclaringType!.FullName}.{member.Name}");

    private static string Flatten(XElement element)
    {
        string text = string.Concat(element.Nodes().Select(node => node switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" } see => (see.Attribute("cref")?.Value ?? see.Attribute("langword")?.Value ?? string.Empty).Split('.', ':')[^1],
            XElement e => Flatten(e),
            _ => string.Empty,
        }));
        // The docs speak C#; on the wire an unknown value is an absent property (null is never a value).
        return Spaces().Replace(text, " ").Trim().Replace("unknown when null", "unknown when absent", StringComparison.Ordinal)
            .Replace("; null when", "; absent when", StringComparison.Ordinal).Replace("; null while", "; absent while", StringComparison.Ordinal);
    }

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
