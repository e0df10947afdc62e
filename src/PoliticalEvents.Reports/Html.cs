using System.Xml;
using System.Xml.Linq;

namespace PoliticalEvents.Reports;

/// <summary>
/// Typed HTML: elements are <see cref="XElement"/>s, so every text and attribute value is encoded by the serializer, never
/// by concatenation. A non-void element is never written self-closed (<c>&lt;div /&gt;</c> opens a div in HTML).
/// </summary>
internal static class Html
{
    /// <summary>The SVG namespace, for charts drawn inline.</summary>
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "meta", "br", "hr", "img", "link", "input" };

    /// <summary>An element with attributes (<see cref="XAttribute"/>) and content (elements, text); null content is skipped.</summary>
    public static XElement E(string name, params object?[] content) => Close(new XElement(name, content.Where(static c => c is not null)));

    /// <summary>An SVG element.</summary>
    public static XElement S(string name, params object?[] content) => Close(new XElement(Svg + name, content.Where(static c => c is not null)));

    /// <summary>An attribute; none when the value is null.</summary>
    public static XAttribute? A(string name, string? value) => value is null ? null : new XAttribute(name, value);

    /// <summary>A link to a web page, only for http and https URLs (never <c>javascript:</c> or <c>data:</c>); the text alone otherwise.</summary>
    public static object Link(string? url, object text)
        => url is not null && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? E("a", A("href", uri.AbsoluteUri), A("rel", "noreferrer"), text)
            : text;

    /// <summary>
    /// Writes a document: the doctype, then the element as HTML (UTF-8, no declaration). Characters HTML does not allow in
    /// text (controls other than tab, line feed and carriage return; lone surrogates; non-characters) are shown, not
    /// dropped: a C0 control or DEL as its symbol from Unicode's Control Pictures (U+0001 as ␁), anything else as U+FFFD.
    /// </summary>
    public static void Write(XElement html, Stream output)
    {
        foreach (XText text in html.DescendantNodes().OfType<XText>())
        {
            if (NeedsCleaning(text.Value))
            {
                text.Value = Clean(text.Value);
            }
        }

        foreach (XAttribute attribute in html.DescendantsAndSelf().Attributes())
        {
            if (NeedsCleaning(attribute.Value))
            {
                attribute.Value = Clean(attribute.Value);
            }
        }

        output.Write("<!DOCTYPE html>"u8);
        using var writer = XmlWriter.Create(output, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Encoding = new System.Text.UTF8Encoding(false),
            Indent = false,
            CloseOutput = false,
            ConformanceLevel = ConformanceLevel.Fragment,
        });
        html.WriteTo(writer);
    }

    private static bool NeedsCleaning(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsControl(c) || c is '\uFFFE' or '\uFFFF')
            {
                return true;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return true;
                }

                i++;
            }
        }

        return false;
    }

    private static string Clean(string text)
    {
        var clean = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (c < 0x20 && IsControl(c))
            {
                clean.Append((char)(0x2400 + c));
            }
            else if (c == 0x7F)
            {
                clean.Append('\u2421');
            }
            else
            {
                clean.Append(IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c);
            }
        }

        return clean.ToString();
    }

    // Controls HTML does not allow in text: C0 but tab, line feed and carriage return; DEL; C1.
    private static bool IsControl(char c) => (c < 0x20 && c is not ('\t' or '\n' or '\r')) || (c >= 0x7F && c <= 0x9F);

    private static XElement Close(XElement element)
    {
        if (element.IsEmpty && !Void.Contains(element.Name.LocalName) && element.Name.Namespace == XNamespace.None)
        {
            element.Add(string.Empty);
        }

        return element;
    }
}
