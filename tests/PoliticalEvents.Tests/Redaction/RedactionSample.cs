using System.Text;
using NodaTime;
using PoliticalEvents.Redaction;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;
using Record = PoliticalEvents.Record;

namespace PoliticalEvents.Tests.Redaction;

/// <summary>
/// A small valid dataset in which every kind of reference occurs once, in canonical order (what a record references
/// comes before it), to redact with one record or another marked restricted or confidential.
/// </summary>
internal static class RedactionSample
{
    public const string Json = """
        {
          "formatVersion": "1.0",
          "title": "Redaction sample",
          "records": [
            {"type": "organization", "id": "org-state", "kind": "state", "name": "Republic of Examplia", "country": "BY", "sources": [{"title": "S"}]},
            {"type": "organization", "id": "org-court", "kind": "court", "name": "Examplia City Court", "country": "BY", "parentId": "org-state", "sources": [{"title": "S"}]},
            {"type": "organization", "id": "org-party", "kind": "politicalParty", "name": "Example Party", "sources": [{"title": "S"}]},
            {"type": "organization", "id": "org-ngo", "kind": "ngo", "name": "Example Watch", "sources": [{"title": "S"}], "notes": "Keeps the list."},
            {"type": "organization", "id": "org-us", "kind": "state", "name": "United States", "country": "US", "sources": [{"title": "S"}]},
            {"type": "person", "id": "person-a", "name": "Anna Example", "names": [{"value": "Ганна Прыклад", "language": "be", "kind": "native"}],
             "identifiers": [{"scheme": "wikidata", "value": "Q42"}], "affiliations": [{"organizationId": "org-party", "role": "member"}],
             "roles": ["activist"], "gender": "female", "birthDate": "1980-05-01", "nationalities": ["BY"],
             "sources": [{"url": "https://example.org/a", "title": "Anna detained", "quote": "She was taken at night."}], "notes": "Her sister keeps in touch."},
            {"type": "person", "id": "person-b", "anonymous": true, "identifiers": [{"scheme": "viasna", "value": "1234"}],
             "affiliations": [{"organizationId": "org-party", "role": "regional leader"}], "roles": ["activist"], "gender": "male",
             "birthDate": "1990", "deathDate": "2024-02", "nationalities": ["BY"],
             "sources": [{"url": "https://example.org/b", "title": "Case 1234"}], "notes": "Family asked not to publish."},
            {"type": "person", "id": "person-c", "name": "Carl Example", "sources": [{"title": "S"}]},
            {"type": "detention", "id": "det-a", "subjectId": "person-a", "country": "BY", "authorityId": "org-state",
             "startedOn": "2020-08-09", "endedOn": "2025-12-13", "status": "ended", "kind": "imprisonment",
             "charges": [{"law": "Criminal Code", "article": "342"}],
             "sentences": [{"imposedOn": "2021-09-06", "kind": "imprisonment", "term": "P11Y", "court": "Examplia City Court", "courtId": "org-court"}],
             "placements": [{"facility": "Colony No. 4", "locality": "Homiel", "from": "2022"}], "conditions": ["incommunicado"],
             "designations": [{"by": "Example Watch", "byId": "org-ngo", "status": "politicalPrisoner"}],
             "sources": [{"title": "Verdict", "quote": "Eleven years."}], "notes": "Letters stopped in 2023."},
            {"type": "detention", "id": "det-b", "subjectId": "person-b", "country": "BY", "startedOn": "2021", "status": "ongoing",
             "placements": [{"facility": "Prison No. 1"}], "conditions": ["deniedMedicalCare"],
             "sources": [{"title": "List", "quote": "Held since 2021."}], "notes": "Seen by a lawyer in May."},
            {"type": "release", "id": "rel-1", "releasedOn": "2025-12-13", "authorityId": "org-state", "kind": "pardon",
             "detainees": [{"subjectId": "person-a", "detentionId": "det-a", "destination": "UA", "conditions": ["forcedExile"]}, {"subjectId": "person-c"}],
             "reportedCount": {"value": 123, "qualifier": "exact"}, "sources": [{"title": "Freed", "quote": "123 freed."}], "notes": "Most went to Ukraine."},
            {"type": "sanctionMeasure", "id": "san-1", "imposedById": "org-us", "kind": "assetFreeze", "reason": "Repression.",
             "targets": [{"actorId": "org-party"}, {"sector": "potash"}],
             "history": [{"action": "imposed", "on": "2021-08-09", "sources": [{"title": "Order", "quote": "Blocked."}]}, {"action": "eased", "on": "2025-12-13"}],
             "sources": [{"title": "Treasury"}]},
            {"type": "link", "id": "link-1", "kind": "inResponseTo", "fromId": "rel-1", "toId": "san-1", "assertedBy": "US officials", "assertedById": "org-us",
             "sources": [{"title": "Report", "quote": "Linked."}], "notes": "Disputed by some."},
            {"type": "link", "id": "link-2", "kind": "relatedTo", "fromId": "link-1", "toId": "det-a", "sources": [{"title": "S"}]},
            {"type": "link", "id": "link-b", "kind": "relatedTo", "fromId": "person-b", "toId": "rel-1", "sources": [{"title": "S", "quote": "Q"}], "notes": "About B."}
          ]
        }
        """;

    public static readonly ValidationOptions Options = new() { Today = new LocalDate(2026, 1, 1) };

    public static Dataset Input { get; } = PoliticalEventsJson.ReadDataset(Encoding.UTF8.GetBytes(Json)).GetValueOrThrow();

    /// <summary>The sample with the given records marked.</summary>
    public static Dataset Marked(Confidentiality confidentiality, params string[] ids)
        => Input with { Records = [.. Input.Records.Select(r => ids.Contains(r.Id.Value) ? r with { Confidentiality = confidentiality } : r)] };

    /// <summary>Redacts for the public, checking what every redaction must give: a valid output and a report of every drop.</summary>
    public static (Dataset Output, RedactionReport Report) Redact(Dataset input)
    {
        RedactionResult result = Redactor.Redact(input, RedactionProfile.Public, Options);
        Assert.True(result.Succeeded, string.Join("\n", result.Validation.Findings));
        Dataset output = result.Dataset!;
        ValidationResult check = DatasetValidator.Validate(output, Options);
        Assert.True(check.Succeeded, string.Join("\n", check.Findings));
        Assert.Equal(input.Records.Count - output.Records.Count, result.Report!.Findings.Count(e => e.Code.StartsWith("record.dropped.", StringComparison.Ordinal)));
        return (output, result.Report);
    }

    public static T Get<T>(Dataset dataset, string id) where T : Record
        => Assert.IsAssignableFrom<T>(Assert.Single(dataset.Records, r => r.Id.Value == id));

    public static string[] IdsOf(Dataset dataset) => [.. dataset.Records.Select(r => r.Id.Value)];

    /// <summary>The entries as "code path", to compare whole reports at a glance.</summary>
    public static string[] Lines(RedactionReport report) => [.. report.Findings.Select(e => $"{e.Code} {e.Path}")];
}
