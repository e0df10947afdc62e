// Plain classes for the same wire format, as a user rolling their own with Newtonsoft.Json would write them: public
// mutable properties, strings for ids, dates, codes and enums, lists for arrays, and one class with the union of every
// record type's properties (Newtonsoft has no discriminated unions without a custom converter, which would only add
// cost). No validation of any kind.
#pragma warning disable CS1591 // plain data classes: the wire format (docs/format.md) documents the members
#pragma warning disable CA2227 // settable collections are what a plain deserialisation target needs

namespace PoliticalEvents.Benchmarks.Comparison;

public sealed class PlainDataset
{
    [Newtonsoft.Json.JsonProperty("$schema")]
    public string? Schema { get; set; }
    public string? FormatVersion { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public PlainPublisher? Publisher { get; set; }
    public string? License { get; set; }
    public string? CreatedAt { get; set; }
    public List<PlainRecord>? Records { get; set; }
}

public sealed class PlainPublisher
{
    public string? Name { get; set; }
    public string? Url { get; set; }
}

public sealed class PlainRecord
{
    // Every record
    public string? Type { get; set; }
    public string? Id { get; set; }
    public List<PlainSource>? Sources { get; set; }
    public string? Notes { get; set; }
    public string? Confidentiality { get; set; }

    // Actors
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public List<PlainActorName>? Names { get; set; }
    public List<PlainIdentifier>? Identifiers { get; set; }
    public List<PlainAffiliation>? Affiliations { get; set; }
    public List<string>? Roles { get; set; }
    public bool? Anonymous { get; set; }
    public string? Gender { get; set; }
    public string? BirthDate { get; set; }
    public string? DeathDate { get; set; }
    public List<string>? Nationalities { get; set; }
    public string? Country { get; set; }
    public string? ParentId { get; set; }

    // Detention
    public string? SubjectId { get; set; }
    public string? AuthorityId { get; set; }
    public string? StartedOn { get; set; }
    public string? EndedOn { get; set; }
    public string? Status { get; set; }
    public List<PlainCharge>? Charges { get; set; }
    public List<PlainSentence>? Sentences { get; set; }
    public List<PlainPlacement>? Placements { get; set; }
    public List<string>? Conditions { get; set; }
    public List<PlainDesignation>? Designations { get; set; }

    // Release
    public string? ReleasedOn { get; set; }
    public List<PlainDetainee>? Detainees { get; set; }
    public PlainReportedCount? ReportedCount { get; set; }

    // Sanction measure
    public string? ImposedById { get; set; }
    public PlainProgram? Program { get; set; }
    public PlainLegalBasis? LegalBasis { get; set; }
    public string? Reason { get; set; }
    public List<PlainTarget>? Targets { get; set; }
    public List<PlainSanctionEvent>? History { get; set; }

    // Link
    public string? FromId { get; set; }
    public string? ToId { get; set; }
    public string? On { get; set; }
    public string? AssertedBy { get; set; }
    public string? AssertedById { get; set; }
    public bool? Disputed { get; set; }
    public string? Confidence { get; set; }
}

public sealed class PlainSource
{
    public string? Url { get; set; }
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? PublishedOn { get; set; }
    public string? AccessedOn { get; set; }
    public string? Quote { get; set; }
    public string? Language { get; set; }
}

public sealed class PlainActorName
{
    public string? Value { get; set; }
    public string? Language { get; set; }
    public string? Kind { get; set; }
}

public sealed class PlainIdentifier
{
    public string? Scheme { get; set; }
    public string? Value { get; set; }
}

public sealed class PlainAffiliation
{
    public string? OrganizationId { get; set; }
    public string? Role { get; set; }
    public string? From { get; set; }
    public string? Until { get; set; }
}

public sealed class PlainCharge
{
    public string? Law { get; set; }
    public string? Article { get; set; }
    public string? Part { get; set; }
    public string? Description { get; set; }
}

public sealed class PlainSentence
{
    public string? ImposedOn { get; set; }
    public string? Kind { get; set; }
    public string? Term { get; set; }
    public string? Court { get; set; }
    public string? CourtId { get; set; }
    public bool? InAbsentia { get; set; }
    public string? AppealStatus { get; set; }
    public string? Regime { get; set; }
}

public sealed class PlainPlacement
{
    public string? Facility { get; set; }
    public string? FacilityKind { get; set; }
    public string? Locality { get; set; }
    public string? From { get; set; }
    public string? Until { get; set; }
}

public sealed class PlainDesignation
{
    public string? By { get; set; }
    public string? ById { get; set; }
    public string? Status { get; set; }
    public string? On { get; set; }
    public List<string>? Criteria { get; set; }
}

public sealed class PlainDetainee
{
    public string? SubjectId { get; set; }
    public string? DetentionId { get; set; }
    public string? Destination { get; set; }
    public List<string>? Conditions { get; set; }
}

public sealed class PlainReportedCount
{
    public int Value { get; set; }
    public string? Qualifier { get; set; }
    public string? By { get; set; }
}

public sealed class PlainProgram
{
    public string? Code { get; set; }
    public string? Name { get; set; }
}

public sealed class PlainLegalBasis
{
    public string? Citation { get; set; }
    public string? Url { get; set; }
}

public sealed class PlainTarget
{
    public string? ActorId { get; set; }
    public string? Sector { get; set; }
    public string? Country { get; set; }
}

public sealed class PlainSanctionEvent
{
    public string? Action { get; set; }
    public string? On { get; set; }
    public string? Description { get; set; }
    public PlainLegalBasis? LegalBasis { get; set; }
    public List<PlainSource>? Sources { get; set; }
}
