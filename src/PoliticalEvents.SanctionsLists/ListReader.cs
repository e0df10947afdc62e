using System.Xml;
using System.Xml.Linq;
using NodaTime;

namespace PoliticalEvents.SanctionsLists;

/// <summary>
/// Reads one list, entry by entry, with <see cref="XmlReader"/>: no DTD (refused), no external resources, each entry
/// loaded on its own (memory follows the largest entry, not the list).
/// </summary>
internal abstract class ListReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    protected ListReader(SanctionsListReport report) => Report = report;

    protected SanctionsListReport Report { get; }

    /// <summary>The local name of the list's root element.</summary>
    public abstract string RootName { get; }

    /// <summary>The day of the list, once read.</summary>
    public LocalDate? ListDate { get; protected set; }

    /// <summary>Reads the root element's attributes.</summary>
    protected virtual void ReadRoot(XmlReader reader)
    {
    }

    /// <summary>True when the element the reader is on is an entry (or another element read whole, such as OFAC's publication information).</summary>
    protected abstract bool IsWhole(XmlReader reader);

    /// <summary>Maps an element read whole; returns the entry, or null for an element that is no entry.</summary>
    protected abstract ListEntry? Map(XElement element);

    /// <summary>Reads the list, passing each entry on; false (with an error finding) when the input is refused.</summary>
    public bool Read(Stream input, Action<ListEntry> onEntry, CancellationToken cancellationToken)
    {
        try
        {
            using var reader = XmlReader.Create(input, Settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != RootName)
            {
                Report.Add(SanctionsListReportCodes.InputWrongList, "The root element is not the one of the list asked for: nothing imported.", line: LineOf(reader), severity: Severity.Error);
                return false;
            }

            ReadRoot(reader);
            int rootDepth = reader.Depth;
            if (reader.IsEmptyElement)
            {
                return true;
            }

            reader.Read();
            while (!reader.EOF && reader.Depth > rootDepth)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType == XmlNodeType.Element && IsWhole(reader))
                {
                    XElement element;
                    using (XmlReader subtree = reader.ReadSubtree())
                    {
                        element = XElement.Load(subtree, LoadOptions.SetLineInfo);
                    }

                    reader.Read();
                    if (Map(element) is { } entry)
                    {
                        onEntry(entry);
                    }
                }
                else if (reader.NodeType == XmlNodeType.Element && !IsContainer(reader))
                {
                    Report.Add(SanctionsListReportCodes.ElementUnknown, "An element the importer does not know: not imported.", element: RootName + "/*", line: LineOf(reader));
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                }
            }

            // The rest of the document, so that a malformed end is found too.
            while (reader.Read())
            {
            }

            return true;
        }
        catch (XmlException ex)
        {
            // XmlReader refuses a DTD with its own exception text: the only way to tell it from other malformations.
            bool dtd = ex.Message.Contains("DTD", StringComparison.Ordinal);
            Report.Add(
                dtd ? SanctionsListReportCodes.InputDtd : SanctionsListReportCodes.InputMalformed,
                dtd ? "The input declares a document type (DTD), which is never processed: nothing imported." : "The input is not well-formed XML: nothing imported.",
                line: ex.LineNumber > 0 ? ex.LineNumber : null,
                severity: Severity.Error);
            return false;
        }
    }

    /// <summary>True for an element that only holds entries (UN INDIVIDUALS, ENTITIES).</summary>
    protected virtual bool IsContainer(XmlReader reader) => false;

    private static int? LineOf(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
