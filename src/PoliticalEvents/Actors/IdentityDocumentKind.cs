using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>What kind of identity document a number belongs to. Format 1.1.</summary>
[JsonConverter(typeof(WireEnumConverter<IdentityDocumentKind>))]
public enum IdentityDocumentKind
{
    /// <summary><c>passport</c>: A national passport (ordinary, diplomatic or service).</summary>
    Passport = 1,

    /// <summary><c>nationalId</c>: A national identity card or a personal identification number.</summary>
    NationalId = 2,

    /// <summary><c>residencePermit</c>: A residence permit or a foreigner's identity document.</summary>
    ResidencePermit = 3,

    /// <summary><c>taxId</c>: A tax identification number.</summary>
    TaxId = 4,

    /// <summary><c>other</c>: Another document (a driving licence, a seafarer's book, a military card).</summary>
    Other = 5,
}
