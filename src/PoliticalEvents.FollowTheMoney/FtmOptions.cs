namespace PoliticalEvents.FollowTheMoney;

/// <summary>What an export does with <see cref="Confidentiality.Restricted"/> records.</summary>
public enum RestrictedExport
{
    /// <summary>Leave them out and report them (the default): FtM data is usually published.</summary>
    Skip = 0,

    /// <summary>Export them in reduced form, as the format allows publishing them: without birth dates and notes (sources' quotes are never exported).</summary>
    Reduced = 1,

    /// <summary>Export them as they are: for sharing with a partner who may see restricted data.</summary>
    Full = 2,
}

/// <summary>Options of <see cref="FtmExporter"/>.</summary>
public sealed record FtmExportOptions
{
    /// <summary>Export confidential records too. Off by default: confidential records must never leave the organisation that holds them.</summary>
    public bool IncludeConfidential { get; init; }

    /// <summary>What to do with restricted records; <see cref="RestrictedExport.Skip"/> by default.</summary>
    public RestrictedExport Restricted { get; init; }
}

/// <summary>Options of <see cref="FtmImporter"/>.</summary>
public sealed record FtmImportOptions
{
    /// <summary>
    /// Who published the entities (e.g. <c>OpenSanctions</c>): the publisher of the source each imported record gets.
    /// Null leaves it out.
    /// </summary>
    public string? Publisher { get; init; }
}
