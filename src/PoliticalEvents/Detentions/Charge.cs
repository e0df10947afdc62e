namespace PoliticalEvents;

/// <summary>
/// A charge brought against a detainee, as a reference to an article of a law: law
/// "Criminal Code of the Republic of Belarus", article "361-1", part "2"; or, when the sources name the offence but
/// not the article (format 1.1), by its description.
/// </summary>
/// <remarks>A charge has its <see cref="Law"/> and at least one of <see cref="Article"/> and <see cref="Description"/>.</remarks>
public sealed record Charge
{
    /// <summary>The law or code, named in full ("Criminal Code of the Republic of Belarus", "Decree-Law No. 2022-54").</summary>
    public required string Law { get; init; }

    /// <summary>
    /// The article as written in the law ("361-1", "72"). Required in format 1.0; in 1.1 it may be left out when the
    /// sources do not give it, and the description then says what the charge is.
    /// </summary>
    public string? Article { get; init; }

    /// <summary>The part (paragraph) of the article, when the sources give it ("2").</summary>
    public string? Part { get; init; }

    /// <summary>What the article is about, in words ("creation of or participation in an extremist formation").</summary>
    public string? Description { get; init; }

    /// <summary>When the charge was brought. Format 1.1.</summary>
    public PartialDate? On { get; init; }

    /// <summary>Where the charge stands (brought, requalified, dropped, convicted, acquitted). Format 1.1.</summary>
    public ChargeStatus? Status { get; init; }
}
