using System.Runtime.CompilerServices;

namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// Imports FollowTheMoney entities, as OpenSanctions publishes them, into PoliticalEvents records: Person → person;
/// Organization, Company, PublicBody and LegalEntity → organization; Membership, Employment and Directorship →
/// affiliations of their member; Sanction → one sanction measure, imposed by an organization for its authority.
/// Everything else is skipped, and every skipped entity, property or value is named in the <see cref="FtmReport"/>;
/// see docs/followthemoney.md for the mapping, field by field.
/// </summary>
/// <remarks>
/// <para>The import reads the input twice. The first pass keeps every entity id with its schema, the names of
/// organizations and the affiliation entities (what the joins need); the second maps and yields one entity at a time.
/// So a Sanction whose entity comes later in the file, or a Membership before its member, is imported all the
/// same.</para>
/// <para>Each record keeps the entity's id and gets a source naming the FtM entity (and its datasets), after one source
/// per <c>sourceUrl</c>. The records it yields are valid: they pass <see cref="Validation.DatasetValidator"/>.</para>
/// </remarks>
public static class FtmImporter
{
    /// <summary>Imports FtM JSON Lines from a seekable stream, read twice from its current position.</summary>
    /// <param name="utf8Input">The entities, one per line; must be seekable (copy standard input to a file first).</param>
    /// <param name="report">Gets everything that was skipped, and the counts.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The records, as they are mapped.</returns>
    /// <exception cref="ArgumentException">The stream cannot seek.</exception>
    public static IAsyncEnumerable<Record> ImportAsync(Stream utf8Input, FtmReport report, FtmImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Input);
        if (!utf8Input.CanSeek)
        {
            throw new ArgumentException("The import reads its input twice, so the stream must be seekable.", nameof(utf8Input));
        }

        long start = utf8Input.Position;
        return ImportAsync(
            () =>
            {
                utf8Input.Position = start;
                return FtmJson.ReadLinesAsync(utf8Input, cancellationToken);
            },
            report,
            options,
            cancellationToken);
    }

    /// <summary>Imports FtM lines from a source that can be read twice.</summary>
    /// <param name="lines">Opens the lines; called twice, and must give the same lines both times.</param>
    /// <param name="report">Gets everything that was skipped, and the counts.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The records, as they are mapped.</returns>
    public static async IAsyncEnumerable<Record> ImportAsync(Func<IAsyncEnumerable<FtmLine>> lines, FtmReport report, FtmImportOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(report);
        var importer = new EntityImporter(options ?? new FtmImportOptions(), report);
        await foreach (FtmLine line in lines().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            importer.Index(line);
        }

        importer.Rewind();
        await foreach (FtmLine line in lines().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (Record record in importer.Import(line))
            {
                yield return record;
            }
        }

        importer.Complete();
    }

    /// <summary>Imports entities held in memory.</summary>
    /// <param name="entities">The entities (enumerated twice).</param>
    /// <param name="report">Gets everything that was skipped, and the counts.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The records.</returns>
    public static IReadOnlyList<Record> Import(IEnumerable<FtmEntity> entities, FtmReport report, FtmImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(report);
        var importer = new EntityImporter(options ?? new FtmImportOptions(), report);
        FtmLine[] lines = [.. entities.Select((entity, i) => new FtmLine { LineNumber = i + 1, Entity = entity })];
        foreach (FtmLine line in lines)
        {
            importer.Index(line);
        }

        importer.Rewind();
        var records = new List<Record>();
        foreach (FtmLine line in lines)
        {
            records.AddRange(importer.Import(line));
        }

        importer.Complete();
        return records;
    }
}
