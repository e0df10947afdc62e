using CsCheck;
using PoliticalEvents.SanctionsLists;
using Xunit;
using static PoliticalEvents.Tests.SanctionsLists.ListFixtures;
using Codes = PoliticalEvents.SanctionsLists.SanctionsListReportCodes;

namespace PoliticalEvents.Tests.SanctionsLists;

/// <summary>--previous: listings gone since the previous import are delisted between the two lists' days.</summary>
public class PreviousImportTests
{
    // The UN fixture as published on another day, without the entries of some DATAIDs.
    private static string UnOn(string day, params string[] withoutDataIds)
    {
        string xml = XmlOf(Un).Replace("dateGenerated=\"2026-02-27", $"dateGenerated=\"{day}", StringComparison.Ordinal);
        foreach (string withoutDataId in withoutDataIds)
        {
            int at = xml.IndexOf($"<DATAID>{withoutDataId}</DATAID>", StringComparison.Ordinal);
            string element = xml.LastIndexOf("<ENTITY>", at, StringComparison.Ordinal) > xml.LastIndexOf("<INDIVIDUAL>", at, StringComparison.Ordinal) ? "ENTITY" : "INDIVIDUAL";
            int start = xml.LastIndexOf($"<{element}>", at, StringComparison.Ordinal);
            int end = xml.IndexOf($"</{element}>", at, StringComparison.Ordinal) + element.Length + 3;
            xml = xml[..start] + xml[end..];
        }

        return xml;
    }

    [Fact]
    public void ListingGone_IsKeptDelistedBetweenTheTwoLists_WithItsActor()
    {
        Dataset first = Valid(Import(UnOn("2025-11-30"), SanctionsListFormat.Un));

        SanctionsListImport second = Import(UnOn("2026-02-27", "9000010"), SanctionsListFormat.Un, new SanctionsListImportOptions { Previous = first });

        Dataset dataset = Valid(second);
        SanctionMeasure measure = Record<SanctionMeasure>(dataset, "un-drc-sanctions");
        SanctionTarget delisted = Assert.Single(measure.Targets, t => t.ActorId!.Value.Value == "un-9000010");
        Assert.Equal(PartialDate.Parse("2025-11-30/2026-02-27"), delisted.DelistedOn);
        Assert.Equal(PartialDate.Parse("../2025-11-30"), delisted.ListedOn);
        Assert.Equal(Record<Organization>(first, "un-9000010"), Record<Organization>(dataset, "un-9000010"));
        // The carried actor still cites the list it was read from, whose source record comes along.
        Assert.Equal([new Source { SourceId = new RecordId("un-list-2025-11-30") }], Record<Organization>(dataset, "un-9000010").Sources);
        Assert.Equal(["un-list-2025-11-30", "un-list-2026-02-27"], dataset.Records.OfType<SourceRecord>().Select(s => s.Id.Value).Order(StringComparer.Ordinal));
        Assert.Equal(SanctionStatus.Ended, measure.StatusOn(new DateOnly(2026, 2, 27), delisted));
        Assert.Equal(SanctionStatus.Active, measure.StatusOn(new DateOnly(2025, 11, 30), delisted));
        Assert.Null(Assert.Single(measure.Targets, t => t.ListingId == "CDi.901").DelistedOn);
        Finding change = Assert.Single(second.Report.Findings, f => f.Code == Codes.ChangeDelisted);
        Assert.Equal("un-9000010", change.RecordId);
        Assert.Equal(0, Count(second, Codes.ChangeListed));
    }

    [Fact]
    public void NewUndatedListing_IsDatedBetweenTheTwoLists_AndKeepsThatDateLater()
    {
        Dataset first = Valid(Import(UnOn("2025-11-30", "9000010"), SanctionsListFormat.Un));

        SanctionsListImport second = Import(UnOn("2026-02-27"), SanctionsListFormat.Un, new SanctionsListImportOptions { Previous = first });
        SanctionsListImport third = Import(UnOn("2026-03-06"), SanctionsListFormat.Un, new SanctionsListImportOptions { Previous = Valid(second) });

        SanctionTarget listed = Assert.Single(Record<SanctionMeasure>(Valid(second), "un-drc-sanctions").Targets, t => t.ListingId == "CDe.901");
        Assert.Equal(PartialDate.Parse("2025-11-30/2026-02-27"), listed.ListedOn);
        Assert.Equal("un-9000010", Assert.Single(second.Report.Findings, f => f.Code == Codes.ChangeListed).RecordId);
        SanctionTarget still = Assert.Single(Record<SanctionMeasure>(Valid(third), "un-drc-sanctions").Targets, t => t.ListingId == "CDe.901");
        Assert.Equal(PartialDate.Parse("2025-11-30/2026-02-27"), still.ListedOn);
        Assert.Equal(0, Count(third, Codes.ChangeListed) + Count(third, Codes.ChangeDelisted));
    }

    [Fact]
    public void MeasureGone_KeepsItsListingsDelisted_AndTheyStayDelistedInTheNextImport()
    {
        Dataset first = Valid(Import(UnOn("2025-11-30"), SanctionsListFormat.Un));
        Dataset second = Valid(Import(UnOn("2026-02-27", "9000002"), SanctionsListFormat.Un, new SanctionsListImportOptions { Previous = first }));

        SanctionsListImport third = Import(UnOn("2026-03-06", "9000002"), SanctionsListFormat.Un, new SanctionsListImportOptions { Previous = second });

        Assert.Equal(PartialDate.Parse("2025-11-30/2026-02-27"), Assert.Single(Record<SanctionMeasure>(second, "un-al-qaida-sanctions").Targets).DelistedOn);
        SanctionMeasure measure = Record<SanctionMeasure>(Valid(third), "un-al-qaida-sanctions");
        Assert.Equal(PartialDate.Parse("2025-11-30/2026-02-27"), Assert.Single(measure.Targets).DelistedOn);
        Assert.Equal(0, Count(third, Codes.ChangeDelisted));
    }

    [Fact]
    public void PreviousOfAnotherList_OrNotOlder_IsRefused()
    {
        Dataset un = Valid(Import(UnOn("2026-02-27"), SanctionsListFormat.Un));

        SanctionsListImport other = ImportWith(XmlOf(Ofac), SanctionsListFormat.Ofac, un);
        SanctionsListImport same = ImportWith(UnOn("2026-02-27"), SanctionsListFormat.Un, un);
        SanctionsListImport older = ImportWith(UnOn("2025-01-01"), SanctionsListFormat.Un, un);

        Assert.True(other.Refused);
        Assert.Equal(Codes.PreviousNotAnImport, Assert.Single(other.Report.Findings, f => f.Severity == Severity.Error).Code);
        Assert.True(same.Refused);
        Assert.Equal(Codes.PreviousNotEarlier, Assert.Single(same.Report.Findings, f => f.Severity == Severity.Error).Code);
        Assert.True(older.Refused);

        static SanctionsListImport ImportWith(string xml, SanctionsListFormat format, Dataset previous)
            => Import(xml, format, new SanctionsListImportOptions { Previous = previous });
    }

    // Three imports in a row, each list with some of two listings: whatever comes and goes, the dataset validates, a
    // listing of the last list is active, and one the last list lacks but an earlier one had is delisted between the
    // days of the last list that had it and the next.
    [Fact]
    public void ComingAndGoing_AlwaysValid_DelistedBetweenTheRightLists()
    {
        string[] ids = ["9000002", "9000010"];
        string[] listings = ["QDi.902", "CDe.901"];
        Gen.Select(Gen.Bool.Array[2].Array[3], Gen.Int[1, 400].Array[3]).Sample((present, gaps) =>
        {
            var day = new NodaTime.LocalDate(2025, 1, 1);
            var days = new NodaTime.LocalDate[3];
            Dataset? previous = null;
            for (int run = 0; run < 3; run++)
            {
                day = day.PlusDays(gaps[run]);
                days[run] = day;
                string[] absent = [.. ids.Where((_, i) => !present[run][i])];
                previous = Valid(Import(UnOn(day.ToString("uuuu-MM-dd", null), absent), SanctionsListFormat.Un, new SanctionsListImportOptions { Previous = previous }));
            }

            SanctionTarget[] targets = [.. previous!.Records.OfType<SanctionMeasure>().SelectMany(m => m.Targets)];
            for (int i = 0; i < 2; i++)
            {
                SanctionTarget[] mine = [.. targets.Where(t => t.ListingId == listings[i])];
                int last = Array.FindLastIndex(present, p => p[i]);
                if (present[2][i])
                {
                    Assert.Single(mine, t => t.DelistedOn is null);
                }
                else if (last >= 0)
                {
                    PartialDate expected = PartialDate.Between(PartialDate.FromDate(days[last]), PartialDate.FromDate(days[last + 1]));
                    Assert.Contains(mine, t => t.DelistedOn == expected);
                    Assert.DoesNotContain(mine, t => t.DelistedOn is null);
                }
                else
                {
                    Assert.Empty(mine);
                }
            }
        }, iter: 60);
    }
}
