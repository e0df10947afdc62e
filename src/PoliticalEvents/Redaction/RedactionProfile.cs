namespace PoliticalEvents.Redaction;

/// <summary>
/// For whom a redaction prepares a dataset, and so what it drops and what it reduces: the audience of the output.
/// </summary>
/// <remarks>
/// <para>There is one profile so far, <see cref="Public"/>: output anyone may read. A profile is a fixed, reviewed
/// policy, not a set of switches, so that "redacted with the public profile" always means the same thing;
/// docs/redaction.md states each profile field by field. Profiles for other audiences (say, partners who may see
/// restricted records in full) can be added without changing what an existing profile does.</para>
/// <para>Every profile drops confidential records and references to them, and never writes a name of an anonymous
/// person.</para>
/// </remarks>
public sealed class RedactionProfile
{
    private RedactionProfile(string name, bool reducesRestricted, bool reducesAnonymous)
    {
        Name = name;
        ReducesRestricted = reducesRestricted;
        ReducesAnonymous = reducesAnonymous;
    }

    /// <summary>
    /// Output for publication: <c>confidential</c> records are dropped (with the records that cannot stand without
    /// them); <c>restricted</c> records are reduced to what is safe to publish (no birth date, placements, conditions
    /// of detention, notes or quotes); an anonymous person is kept only as a count (no identifiers, affiliations,
    /// sources, notes or birth date), records whose subject they are (their detentions, links to or from them) are
    /// reduced and lose their sources, and records that name them (a release, a sanction measure) are reduced. Wire
    /// name <c>public</c>.
    /// </summary>
    public static RedactionProfile Public { get; } = new("public", reducesRestricted: true, reducesAnonymous: true);

    /// <summary>Every profile, in the order the tool lists them.</summary>
    public static IReadOnlyList<RedactionProfile> All { get; } = [Public];

    /// <summary>The profile's name as the tool and reports write it (<c>public</c>).</summary>
    public string Name { get; }

    /// <summary>Whether restricted records are reduced (rather than kept whole).</summary>
    internal bool ReducesRestricted { get; }

    /// <summary>Whether anonymous persons, and the records about them, are reduced to what counts them.</summary>
    internal bool ReducesAnonymous { get; }

    /// <summary>Finds a profile by its name (<c>public</c>); names are case-sensitive, like every name of the format.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The profile of that name; null when there is none.</returns>
    public static RedactionProfile? Find(string? name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    /// <summary>The profile's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>Whether a record of this confidentiality is never written.</summary>
    internal static bool Drops(Confidentiality confidentiality) => confidentiality == Confidentiality.Confidential;

    /// <summary>Whether a record of this confidentiality is written in reduced form.</summary>
    internal bool Reduces(Confidentiality confidentiality) => ReducesRestricted && confidentiality == Confidentiality.Restricted;
}
