using System.Text;
using CsCheck;
using NodaTime;
using PoliticalEvents.Tests.Generators;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Sanctions;

/// <summary>
/// Format 1.1's per-target listing: <c>listedOn</c>, <c>delistedOn</c>, <c>listingId</c>, <c>reason</c>,
/// <c>delistingReason</c>, and a sector of one country. The wire form, the rules, the 1.0 gate and the status of a
/// measure for one target on a day.
/// </summary>
public sealed class SanctionTargetListingTests
{
    private static readonly ValidationOptions Options = new() { Today = new LocalDate(2026, 1, 1) };

    private const string Council = """{"type":"organization","id":"o1","kind":"intergovernmental","name":"Council of the European Union","sources":[{"title":"S"}]}""";

    private const string Person = """{"type":"person","id":"p1","name":"A","sources":[{"title":"S"}]}""";

    private static string Measure(string targets, string history = """[{"action":"imposed","on":"2006-05-18"}]""")
        => $$"""{"type":"sanctionMeasure","id":"s1","imposedById":"o1","kind":"assetFreeze","targets":{{targets}},"history":{{history}},"sources":[{"title":"S"}]}""";

    private static Record Read(string json) => DatasetReader.ReadRecord(Encoding.UTF8.GetBytes(json)).GetValueOrThrow();

    private static string[] Found(string version, string measure)
        => [.. DatasetValidator.Validate(new Dataset { FormatVersion = version, Title = "T", Records = [Read(Council), Read(Person), Read(measure)] }, Options)
            .Findings.Select(f => $"{f.Severity} {f.Code} {f.Path}")];

    [Fact]
    public void Listing_ReadsIntoTheModel_AndWritesBackTheSameBytes()
    {
        const string json = """{"type":"sanctionMeasure","id":"s1","imposedById":"o1","kind":"assetFreeze","targets":[{"actorId":"p1","listedOn":"2020-10-02","delistedOn":"2024-03","listingId":"EU.6934.34","reason":"Responsible for repression.","delistingReason":"Annulled by the General Court."},{"sector":"aviation","country":"BY","listedOn":"../2021-06-04"}],"history":[{"action":"imposed","on":"2006-05-18"}]}""";

        var measure = Assert.IsType<SanctionMeasure>(Read(json));

        Assert.Equal(
            new SanctionTarget
            {
                ActorId = new ActorId("p1"), ListedOn = PartialDate.Parse("2020-10-02"), DelistedOn = PartialDate.Parse("2024-03"), ListingId = "EU.6934.34",
                Reason = "Responsible for repression.", DelistingReason = "Annulled by the General Court.",
            },
            measure.Targets[0]);
        Assert.Equal(SanctionTarget.ForSector("aviation", CountryCode.Parse("BY")) with { ListedOn = PartialDate.Parse("../2021-06-04") }, measure.Targets[1]);
        Assert.Equal(json, PoliticalEventsJson.ToJson(measure));
    }

    public static TheoryData<string, string, string[]> Cases => new()
    {
        // name, targets, expected findings (severity code pointer) in a dataset that declares 1.1
        { "listed and delisted in order", """[{"actorId":"p1","listedOn":"2020-10-02","delistedOn":"2024-03"}]""", [] },
        { "delisted before listed", """[{"actorId":"p1","listedOn":"2020-10-02","delistedOn":"2019"}]""", ["Error sanctionTarget.delistedBeforeListed /records/2/targets/0/delistedOn"] },
        { "delisted possibly before listed", """[{"actorId":"p1","listedOn":"2020-10-02","delistedOn":"2020"}]""", ["Warning sanctionTarget.delistedBeforeListed /records/2/targets/0/delistedOn"] },
        { "listed before the measure", """[{"actorId":"p1","listedOn":"2004"}]""", ["Warning sanctionTarget.listedBeforeImposed /records/2/targets/0/listedOn"] },
        { "listed in the year the measure was imposed", """[{"actorId":"p1","listedOn":"2006"}]""", [] },
        { "listed on or before a list's day", """[{"actorId":"p1","listedOn":"../2025-11-30"}]""", [] },
        { "listed in the future", """[{"actorId":"p1","listedOn":"2028"}]""", ["Warning date.future /records/2/targets/0/listedOn"] },
        { "a sector of one country", """[{"sector":"aviation","country":"BY"}]""", [] },
        { "an actor with a country", """[{"actorId":"p1","country":"BY"}]""", ["Error oneOf /records/2/targets/0"] },
        { "an actor with a sector", """[{"actorId":"p1","sector":"potash"}]""", ["Error oneOf /records/2/targets/0"] },
        { "nothing", """[{"listingId":"EU.1.1"}]""", ["Error oneOf /records/2/targets/0"] },
        { "an empty listing id", """[{"actorId":"p1","listingId":""}]""", ["Error minLength /records/2/targets/0/listingId"] },
        { "a blank listing id", """[{"actorId":"p1","listingId":" "}]""", ["Error text.blank /records/2/targets/0/listingId"] },
        { "an empty reason", """[{"actorId":"p1","reason":""}]""", ["Error minLength /records/2/targets/0/reason"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rules_In11(string name, string targets, string[] expected)
    {
        string[] found = Found("1.1", Measure(targets));
        Assert.True(expected.SequenceEqual(found), $"{name}: {string.Join(", ", found)}");
    }

    [Theory]
    [InlineData("""[{"actorId":"p1","listedOn":"2020"}]""", "formatVersion.tooLow /records/2/targets/0/listedOn")]
    [InlineData("""[{"actorId":"p1","delistedOn":"2020"}]""", "formatVersion.tooLow /records/2/targets/0/delistedOn")]
    [InlineData("""[{"actorId":"p1","listingId":"36"}]""", "formatVersion.tooLow /records/2/targets/0/listingId")]
    [InlineData("""[{"actorId":"p1","reason":"R"}]""", "formatVersion.tooLow /records/2/targets/0/reason")]
    [InlineData("""[{"actorId":"p1","delistingReason":"R"}]""", "formatVersion.tooLow /records/2/targets/0/delistingReason")]
    [InlineData("""[{"sector":"aviation","country":"BY"}]""", "oneOf /records/2/targets/0")] // as 1.0 gave it
    public void In10_EachAdditionIsRefused_WhereItIs(string targets, string expected)
        => Assert.Equal(["Error " + expected], Found("1.0", Measure(targets)));

    [Theory]
    [InlineData(null, null, "2021-01-01", "Active")]
    [InlineData("2020-10-02", null, "2020-10-01", null)] // not yet listed
    [InlineData("2020-10", null, "2020-10-15", null)] // not certainly listed before the month is out
    [InlineData("2020-10", null, "2020-11-01", "Active")]
    [InlineData("../2020-10-02", null, "2020-10-02", "Active")]
    [InlineData("2020-10-02", "2024-03", "2024-03-15", "Active")] // not certainly delisted yet
    [InlineData("2020-10-02", "2024-03", "2024-04-01", "Ended")]
    [InlineData(null, "2024-03", "2005-01-01", null)] // the measure itself not yet in force
    public void StatusOn_ForOneTarget_WeighsItsListing(string? listedOn, string? delistedOn, string day, string? status)
    {
        var measure = (SanctionMeasure)Read(Measure("""[{"actorId":"p1"}]""", """[{"action":"imposed","on":"2006-05-18"},{"action":"eased","on":"2030"}]"""));
        SanctionTarget target = measure.Targets[0] with
        {
            ListedOn = listedOn is null ? null : PartialDate.Parse(listedOn),
            DelistedOn = delistedOn is null ? null : PartialDate.Parse(delistedOn),
        };

        Assert.Equal(status, measure.StatusOn(LocalDate.FromDateTime(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), target)?.ToString());
        Assert.Equal(measure.StatusOn(new DateOnly(2021, 1, 1), target), measure.StatusOn(new LocalDate(2021, 1, 1), target));
    }

    [Fact]
    public void StatusOn_ForOneTarget_OfAMeasureThatEnded_IsEnded()
    {
        var measure = (SanctionMeasure)Read(Measure("""[{"actorId":"p1","listedOn":"2010"}]""", """[{"action":"imposed","on":"2006-05-18"},{"action":"lifted","on":"2012"}]"""));

        Assert.Equal(SanctionStatus.Ended, measure.StatusOn(new LocalDate(2013, 1, 1), measure.Targets[0]));
        Assert.Null(measure.StatusOn(new LocalDate(2009, 1, 1), measure.Targets[0]));
    }

    /// <summary>
    /// For any measure (its history as generated) with targets listed and delisted on different days, and any day:
    /// each target's status is the measure's own unless the target's dates have not yet certainly begun (null) or have
    /// certainly ended (ended); a target without dates has the measure's; and of two targets not delisted, the one
    /// listed certainly no later is in force whenever the other is.
    /// </summary>
    [Fact]
    public void StatusOn_ForEachTargetAndDay_FollowsItsOwnDates()
    {
        Gen<SanctionMeasure> measures = RecordGenerators.Dataset.Select(d => d.Records.OfType<SanctionMeasure>().FirstOrDefault()).Where(m => m is not null).Select(m => m!);
        Gen<SanctionTarget> targets = Gen.Select(RecordGenerators.PartialDate.Nullable(), RecordGenerators.PartialDate.Nullable(), Gen.Int[0, 9])
            .Select((listed, delisted, n) => SanctionTarget.ForActor(new ActorId($"p{n}")) with { ListedOn = listed, DelistedOn = delisted });
        Gen.Select(measures, targets.Array[1, 6], RecordGenerators.Day(1990, 2030).Array[1, 8]).Sample((measure, listed, days) =>
        {
            measure = measure with { Targets = listed };
            foreach (LocalDate day in days)
            {
                SanctionStatus? own = measure.StatusOn(day);
                SanctionStatus?[] statuses = [.. listed.Select(t => measure.StatusOn(day, t))];
                for (int i = 0; i < listed.Length; i++)
                {
                    SanctionTarget target = listed[i];
                    bool listedYet = target.ListedOn is not { } l || l.Latest <= day;
                    bool delisted = target.DelistedOn is { } d && d.Latest <= day;
                    SanctionStatus? expected = own is null or SanctionStatus.Ended ? own : delisted ? SanctionStatus.Ended : listedYet ? own : null;
                    Assert.Equal(expected, statuses[i]);
                    if (target.ListedOn is null && target.DelistedOn is null)
                    {
                        Assert.Equal(own, statuses[i]);
                    }

                    for (int j = 0; j < listed.Length; j++)
                    {
                        bool noLater = (listed[i].ListedOn?.Latest ?? LocalDate.MinIsoValue) <= (listed[j].ListedOn?.Latest ?? LocalDate.MinIsoValue);
                        if (noLater && listed[i].DelistedOn is null && listed[j].DelistedOn is null && statuses[j] is not null)
                        {
                            Assert.NotNull(statuses[i]);
                        }
                    }
                }
            }
        }, iter: 500);
    }
}
