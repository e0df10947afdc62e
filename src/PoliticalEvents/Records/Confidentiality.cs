using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>Who may see a record. Everything that writes data (export, redaction) honours it.</summary>
[JsonConverter(typeof(WireEnumConverter<Confidentiality>))]
public enum Confidentiality
{
    /// <summary>May be published. The default; omitted on the wire.</summary>
    Public = 0,

    /// <summary>
    /// May be shared with partners but published only in reduced form: no birth date, placements or conditions of
    /// detention, notes or quotes (see <see cref="Redaction.RedactionProfile.Public"/>).
    /// </summary>
    Restricted = 1,

    /// <summary>Must never leave the organisation that holds it.</summary>
    Confidential = 2,
}
