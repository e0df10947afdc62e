using System.Text;
using System.Xml.Linq;
using CsCheck;
using PoliticalEvents.SanctionsLists;
using Xunit;
using static PoliticalEvents.Tests.SanctionsLists.ListFixtures;
using Codes = PoliticalEvents.SanctionsLists.SanctionsListReportCodes;

namespace PoliticalEvents.Tests.SanctionsLists;

/// <summary>Inputs that are no list, or hostile ones: refused with a finding, never an exception, never a fetch.</summary>
public class ListInputTests
{
    public static TheoryData<string> Fixtures() => [Un, Eu, Ofac];

    [Theory]
    [InlineData("<CONSOLIDATED_LIST dateGenerated=\"2026-02-27\"><INDIVIDUALS><INDIVIDUAL></INDIVIDUALS>", Codes.InputMalformed)]
    [InlineData("", Codes.InputMalformed)]
    [InlineData("not xml at all", Codes.InputMalformed)]
    [InlineData("<sdnList/>", Codes.InputWrongList)]
    [InlineData("<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>", Codes.InputNoDate)]
    [InlineData("<CONSOLIDATED_LIST dateGenerated=\"2026-02-27\">\u0001</CONSOLIDATED_LIST>", Codes.InputMalformed)]
    public void NoList_IsRefusedWithAnError(string xml, string code)
    {
        SanctionsListImport import = Import(xml, SanctionsListFormat.Un);

        Assert.True(import.Refused);
        Assert.Equal(code, Assert.Single(import.Report.Findings, f => f.Severity == Severity.Error).Code);
    }

    [Fact]
    public void EntityExpansionBomb_IsRefused_AsADtd()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++)
        {
            xml.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? string.Empty : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))};", 10))}\">\n");
        }

        xml.Append("]>\n<CONSOLIDATED_LIST dateGenerated=\"2026-02-27\"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&lol9;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");

        SanctionsListImport import = Import(xml.ToString(), SanctionsListFormat.Un);

        Assert.True(import.Refused);
        Assert.Equal(Codes.InputDtd, Assert.Single(import.Report.Findings).Code);
    }

    [Fact]
    public void ExternalEntity_IsRefused_NothingIsRead()
    {
        string secret = Path.Combine(Path.GetTempPath(), "polev-lists-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(secret, "SECRET-CONTENT");
        try
        {
            string xml = $"<?xml version=\"1.0\"?><!DOCTYPE export [<!ENTITY x SYSTEM \"file://{secret}\">]><export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2026-08-05\">&x;</export>";

            SanctionsListImport import = Import(xml, SanctionsListFormat.Eu);

            Assert.True(import.Refused);
            Assert.Equal(Codes.InputDtd, Assert.Single(import.Report.Findings).Code);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void AnotherList_IsTheWrongList(string fixture)
    {
        SanctionsListFormat other = FormatOf(fixture) == SanctionsListFormat.Un ? SanctionsListFormat.Eu : SanctionsListFormat.Un;

        SanctionsListImport import = Import(XmlOf(fixture), other);

        Assert.True(import.Refused);
        Assert.Equal(Codes.InputWrongList, Assert.Single(import.Report.Findings).Code);
    }

    // Privacy: no text or attribute value of the fixture appears in any report message or element name.
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ReportMessages_HoldNoValueOfTheList(string fixture)
    {
        XDocument document = XDocument.Parse(XmlOf(fixture));
        string[] values = [.. document.Descendants().Where(e => !e.HasElements).Select(e => e.Value.Trim())
            .Concat(document.Descendants().Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => a.Value.Trim()))
            .Where(v => v.Length >= 3 && !Vocabulary.Contains(v))
            .Distinct()];
        SanctionsListImport import = ImportFixture(fixture);

        Assert.NotEmpty(import.Report.Findings);
        foreach (Finding finding in import.Report.Findings)
        {
            foreach (string value in values)
            {
                Assert.False(finding.Message.Contains(value, StringComparison.OrdinalIgnoreCase), $"{finding.Code}: the message holds a value of the list");
                Assert.False((finding.ColumnName ?? string.Empty).Contains(value, StringComparison.OrdinalIgnoreCase), $"{finding.Code}: the element holds a value of the list");
            }
        }
    }

    // Words of the lists' own vocabulary that the messages may use as words (not data about anyone).
    private static readonly HashSet<string> Vocabulary = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "person", "enterprise", "Individual", "Entity", "Vessel", "passport", "GREGORIAN", "regulation", "amendment",
        "council", "Male", "Low", "Good", "a.k.a.", "f.k.a.", "strong", "weak", "EXACT", "BETWEEN", "APPROXIMATELY", "Passport",
        "UN List", "Gender", "Unknown", "UNKNOWN", "Tug", "Website", "PHONE", "EMAIL",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void MutatedFixtures_NeverCrash_AndWhatIsImportedValidates(string fixture)
    {
        string xml = XmlOf(fixture);
        SanctionsListFormat format = FormatOf(fixture);
        Gen<string> mutated =
            from cuts in Gen.Int[1, 4]
            from edits in Gen.Select(Gen.Int[0, xml.Length - 1], Gen.Int[0, 40], Gen.OneOf(Gen.Const(string.Empty), Gen.String[0, 6], Gen.OneOf<string>("<", ">", "&", "\"", "</INDIVIDUAL>", "<sdnEntry>", "=\"\"", "2026-02-30", "\u00AD", "\u0000", "&#x1;", "19xx", "0"))).Array[cuts]
            select Apply(xml, edits);

        mutated.Sample(text =>
        {
            SanctionsListImport import = Import(text, format);
            if (!import.Refused)
            {
                Valid(import);
            }
            else
            {
                Assert.Contains(import.Report.Findings, f => f.Severity == Severity.Error);
            }
        }, iter: 300);
    }

    private static string Apply(string xml, (int At, int Length, string Insert)[] edits)
    {
        foreach ((int at, int length, string insert) in edits)
        {
            int start = Math.Min(at, xml.Length);
            xml = xml[..start] + insert + xml[Math.Min(xml.Length, start + length)..];
        }

        return xml;
    }
}
