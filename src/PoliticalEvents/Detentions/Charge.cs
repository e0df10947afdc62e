namespace PoliticalEvents;

/// <summary>
/// A charge brought against a detainee, as a reference to an article of a law: law
/// "Criminal Code of the Republic of Belarus", article "361-1", part "2".
/// </summary>
public sealed record Charge
{
    /// <summary>The law or code, named in full ("Criminal Code of the Republic of Belarus", "Decree-Law No. 2022-54").</summary>
    public required string Law { get; init; }

    /// <summary>The article as written in the law ("361-1", "72").</summary>
    public required string Article { get; init; }

    /// <summary>The part (paragraph) of the article, when the sources give it ("2").</summary>
    public string? Part { get; init; }

    /// <summary>What the article is about, in words ("creation of or participation in an extremist formation").</summary>
    public string? Description { get; init; }
}
