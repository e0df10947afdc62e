using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>The legal form of a release. Wire values are the camelCase member names.</summary>
[JsonConverter(typeof(WireEnumConverter<ReleaseKind>))]
public enum ReleaseKind
{
    /// <summary><c>pardon</c>: A pardon by the head of state (often after a petition).</summary>
    Pardon = 1,

    /// <summary><c>amnesty</c>: A general amnesty.</summary>
    Amnesty = 2,

    /// <summary><c>endOfSentence</c>: The sentence was served in full.</summary>
    EndOfSentence = 3,

    /// <summary><c>conditionalRelease</c>: Early or conditional release (parole).</summary>
    ConditionalRelease = 4,

    /// <summary><c>acquittal</c>: The court acquitted the person.</summary>
    Acquittal = 5,

    /// <summary><c>chargesDropped</c>: The prosecution dropped the charges.</summary>
    ChargesDropped = 6,

    /// <summary><c>releasedPendingTrial</c>: Released while the case goes on (bail, undertaking not to leave).</summary>
    ReleasedPendingTrial = 7,

    /// <summary><c>sentenceCommuted</c>: The custodial sentence was replaced by a non-custodial one.</summary>
    SentenceCommuted = 8,

    /// <summary><c>exchange</c>: Released in a prisoner exchange.</summary>
    Exchange = 9,

    /// <summary><c>other</c>: Any other form.</summary>
    Other = 10,

    /// <summary><c>unknown</c>: The sources do not say.</summary>
    Unknown = 11,
}
