using PoliticalEvents.Datasets;
using PoliticalEvents.Records;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary>What reading one input gave: its metadata (if any), its records (if kept), their count, and every error.</summary>
internal sealed class LoadedData
{
    /// <summary>The code of the error for a JSON Lines input without a single non-blank line.</summary>
    public const string EmptyLinesCode = "jsonLines.empty";

    /// <summary>The dataset's metadata: the document itself, or the JSON Lines header line; null when there is none.</summary>
    public Dataset? Metadata { get; private set; }

    /// <summary>The records read, when asked to keep them.</summary>
    public List<Record> Records { get; } = [];

    /// <summary>
    /// How many records were read. A document is read all or nothing, so a document with errors has none; JSON Lines
    /// are read line by line, so this counts every good record line (the header and bad lines are not records).
    /// </summary>
    public int RecordCount { get; private set; }

    /// <summary>Every finding, in input order.</summary>
    public List<ValidationError> Errors { get; } = [];

    /// <summary>True when a finding is an error (warnings alone leave the data valid).</summary>
    public bool HasErrors => Errors.Exists(e => e.Severity == Severity.Error);

    /// <summary>Reads a whole input. JSON Lines are read line by line and every bad line is reported.</summary>
    public static async Task<LoadedData> LoadAsync(Stream input, DataFormat format, bool keepRecords, CancellationToken cancellationToken = default)
    {
        var loaded = new LoadedData();
        if (format == DataFormat.Document)
        {
            ReadResult<Dataset> result = await PoliticalEventsJson.ReadDatasetAsync(input, cancellationToken).ConfigureAwait(false);
            loaded.Errors.AddRange(result.Errors);
            if (result.Value is { } dataset)
            {
                loaded.Metadata = dataset;
                loaded.RecordCount = dataset.Records.Count;
                if (keepRecords)
                {
                    loaded.Records.AddRange(dataset.Records);
                }
            }

            return loaded;
        }

        bool anyLine = false;
        await foreach (JsonLinesEntry entry in JsonLines.ReadAsync(input, cancellationToken).ConfigureAwait(false))
        {
            anyLine = true;
            if (entry.Header is not null)
            {
                loaded.Metadata = entry.Header;
            }
            else if (entry.Record is not null)
            {
                loaded.RecordCount++;
                if (keepRecords)
                {
                    loaded.Records.Add(entry.Record);
                }
            }
            else if (entry.Error is not null)
            {
                loaded.Errors.Add(entry.Error);
            }
        }

        // An empty file is almost always a mistake (a failed export, a redirect into the wrong file), as it is for a
        // document, where it is not well-formed JSON; a dataset always has at least its header or a record.
        if (!anyLine)
        {
            loaded.Errors.Add(new ValidationError
            {
                Path = string.Empty,
                Code = EmptyLinesCode,
                Message = "The input is empty: a JSON Lines dataset has at least a {\"type\":\"dataset\", …} header line or a record.",
                Severity = Severity.Error,
                Line = 1,
            });
        }

        return loaded;
    }
}
