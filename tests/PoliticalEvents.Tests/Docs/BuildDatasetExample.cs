// The "Build a dataset" example of README.md. BuildDatasetExampleTests checks that the README shows exactly this code,
// and runs it, so the example in the README always compiles, validates and works.
// begin-readme-build-example
using PoliticalEvents;
using PoliticalEvents.Serialization;

namespace DocsSamples;

public static class BuildDatasetExample
{
    public static async Task<Dataset> BuildAndWriteAsync(string directory)
    {
        // Every record says where its facts come from.
        var report = new Source
        {
            Url = WebUrl.Parse("https://kyivindependent.com/us-lifting-sanctions-on-belarusian-potash-fertilizers-us-presidential-envoy-says/"),
            Title = "US lifting sanctions on Belarusian potash fertilizers, US presidential envoy says",
            Publisher = "The Kyiv Independent",
            PublishedOn = new DateOnly(2025, 12, 13),                 // a DateOnly is a date known to the day
        };

        // Actors. Ids convert from strings (an invalid one throws FormatException, which never quotes it).
        var kolesnikova = new Person
        {
            Id = (RecordId)"person-maria-kolesnikova",
            Name = "Maria Kolesnikova",
            Nationalities = [CountryCode.Parse("BY")],
            Sources = [report],
        };
        var ofac = new Organization
        {
            Id = (RecordId)"org-us-ofac",
            Kind = OrganizationKind.GovernmentBody,
            Name = "US Treasury Office of Foreign Assets Control",
            Country = CountryCode.Parse("US"),
            Sources = [report],
        };

        // A detention with a charge and a sentence; references are typed (a subject is a PersonId).
        var detention = new Detention
        {
            Id = (RecordId)"det-kolesnikova-2020",
            SubjectId = kolesnikova.Reference,
            Country = CountryCode.Parse("BY"),
            StartedOn = new DateOnly(2020, 9, 7),
            EndedOn = new DateOnly(2025, 12, 13),
            Status = DetentionStatus.Ended,
            Charges = [new Charge { Law = "Criminal Code of the Republic of Belarus", Article = "361" }],
            Sentences = [new Sentence { ImposedOn = new DateOnly(2021, 9, 6), Kind = SentenceKind.Imprisonment, Term = Term.Parse("P11Y"), Court = "Minsk Regional Court" }],
            Sources = [report],
        };

        var release = new Release
        {
            Id = (RecordId)"release-2025-12-13",
            ReleasedOn = new DateOnly(2025, 12, 13),
            Kind = ReleaseKind.Pardon,
            Detainees = [new ReleasedDetainee { SubjectId = kolesnikova.Reference, DetentionId = detention.Reference, Destination = CountryCode.Parse("UA"), Conditions = [ReleaseCondition.ForcedExile] }],
            ReportedCount = new ReportedCount { Value = 123, Qualifier = CountQualifier.Exact }, // the number announced
            Sources = [report],
        };

        // Dates never claim more precision than the source gave: "2021-08" is a month, PartialDate.FromYear(2021) a year.
        var potash = new SanctionMeasure
        {
            Id = (RecordId)"sanction-us-belaruskali",
            ImposedById = ofac.Reference,
            Kind = SanctionKind.AssetFreeze,
            Targets = [SanctionTarget.ForSector("potash")],
            History =
            [
                new SanctionEvent { Action = SanctionAction.Imposed, On = PartialDate.Parse("2021-08") },
                new SanctionEvent { Action = SanctionAction.Eased, On = new DateOnly(2025, 12, 13) },
            ],
            Sources = [report],
        };

        var link = new Link
        {
            Id = (RecordId)"link-potash-release",
            Kind = LinkKind.InResponseTo,
            FromId = release.Id,
            ToId = potash.Id,
            AssertedBy = "US officials",                              // a link is a claim, attributed
            Sources = [report],
        };

        // The format version is the current one unless set.
        var dataset = new Dataset
        {
            Title = "Belarus: the release of 13 December 2025",
            Records = [kolesnikova, ofac, detention, release, potash, link],
        };

        // Write it as a document and as JSON Lines. A record the reader would refuse (a default id, a null list, …)
        // throws DatasetWriteException, naming the record's index and id, the place and the rule, never its contents.
        await using (FileStream document = File.Create(Path.Combine(directory, "belarus.json")))
        {
            await PoliticalEventsJson.WriteDatasetAsync(document, dataset);
        }

        await using (FileStream lines = File.Create(Path.Combine(directory, "belarus.jsonl")))
        {
            await JsonLines.WriteAsync(lines, dataset);
        }

        return dataset;
    }
}
// end-readme-build-example
