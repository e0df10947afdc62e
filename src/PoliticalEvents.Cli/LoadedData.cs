using PoliticalEvents.Datasets;
using PoliticalEvents.Records;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary>What reading one input gave: its metadata (if any), its records (if kept), their count, and every error.</summary>
internal sealed class LoadedData
{
    public Dataset? Metadata { get; private set; }

    public List<Record> Records { get; } = [];

    public int RecordCount { get; private set; }

    public List<ValidationError> Errors { get; } = [];

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

        await foreach (JsonLinesEntry entry in JsonLines.ReadAsync(input, cancellationToken).ConfigureAwait(false))
        {
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
                loaded.RecordCount++;
                loaded.Errors.Add(entry.Error);
            }
        }

        return loaded;
    }
}
