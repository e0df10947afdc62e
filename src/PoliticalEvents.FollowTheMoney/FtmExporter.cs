
namespace PoliticalEvents.FollowTheMoney;

/// <summary>
/// Exports PoliticalEvents records to FollowTheMoney entities: people, organizations (as Organization, PublicBody or
/// Company), their affiliations (as Membership, Employment or Directorship) and one Sanction entity per actor target of
/// each sanction measure. Everything FtM cannot carry is named in the <see cref="FtmReport"/>; see docs/followthemoney.md
/// for the mapping, field by field.
/// </summary>
/// <remarks>
/// <para>The export reads the records twice. The first pass keeps an index of ids (and of organizations' names, for
/// the authority of Sanctions) — what the joins need, and no more; the second pass maps and writes one record at a
/// time. So a reference to a record later in the input resolves, and memory does not hold the records.</para>
/// <para>Confidential records are left out unless <see cref="FtmExportOptions.IncludeConfidential"/>; restricted ones
/// unless <see cref="FtmExportOptions.Restricted"/> says otherwise; anonymous persons always.</para>
/// </remarks>
public static class FtmExporter
{
    /// <summary>Exports records as FtM JSON Lines.</summary>
    /// <param name="records">Opens the records; called twice, and must give the same records both times.</param>
    /// <param name="utf8Output">The output; not closed.</param>
    /// <param name="report">Gets everything that could not be exported, and the counts.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when every entity is written and flushed.</returns>
    public static async Task ExportAsync(Func<IAsyncEnumerable<Record>> records, Stream utf8Output, FtmReport report, FtmExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(utf8Output);
        ArgumentNullException.ThrowIfNull(report);
        var exporter = new RecordExporter(options ?? new FtmExportOptions(), report);
        await foreach (Record record in records().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            exporter.Index(record);
        }

        using var lines = new FtmJson.LineWriter(utf8Output);
        await foreach (Record record in records().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (FtmEntity entity in exporter.Export(record))
            {
                await lines.WriteAsync(entity, cancellationToken).ConfigureAwait(false);
            }
        }

        await lines.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Exports a dataset held in memory as FtM JSON Lines.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8Output">The output; not closed.</param>
    /// <param name="report">Gets everything that could not be exported, and the counts.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the export.</param>
    /// <returns>A task that completes when every entity is written and flushed.</returns>
    public static Task ExportAsync(Dataset dataset, Stream utf8Output, FtmReport report, FtmExportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return ExportAsync(() => dataset.Records.ToAsyncEnumerable(), utf8Output, report, options, cancellationToken);
    }

    /// <summary>Exports records held in memory to a list of entities.</summary>
    /// <param name="records">The records (enumerated twice).</param>
    /// <param name="report">Gets everything that could not be exported, and the counts.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The entities, in the order they would be written.</returns>
    public static IReadOnlyList<FtmEntity> Export(IEnumerable<Record> records, FtmReport report, FtmExportOptions? options = null)
        => [.. ExportWithOrigins(records, report, options).Select(e => e.Entity)];

    /// <summary>Exports a dataset held in memory to a list of entities.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="report">Gets everything that could not be exported, and the counts.</param>
    /// <param name="options">Options; null for the defaults.</param>
    /// <returns>The entities, in the order they would be written.</returns>
    public static IReadOnlyList<FtmEntity> Export(Dataset dataset, FtmReport report, FtmExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Export(dataset.Records, report, options);
    }

    /// <summary>As <see cref="Export(IEnumerable{Record}, FtmReport, FtmExportOptions?)"/>, with the id of the record each entity comes from.</summary>
    internal static IReadOnlyList<(string RecordId, FtmEntity Entity)> ExportWithOrigins(IEnumerable<Record> records, FtmReport report, FtmExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(report);
        var exporter = new RecordExporter(options ?? new FtmExportOptions(), report);
        foreach (Record record in records)
        {
            exporter.Index(record);
        }

        var entities = new List<(string, FtmEntity)>();
        foreach (Record record in records)
        {
            foreach (FtmEntity entity in exporter.Export(record))
            {
                entities.Add((record.Id.Value, entity));
            }
        }

        return entities;
    }

}
