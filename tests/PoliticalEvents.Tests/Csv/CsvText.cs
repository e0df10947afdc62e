using System.Text;
using PoliticalEvents.Csv;

namespace PoliticalEvents.Tests.Csv;

/// <summary>Writing rows to bytes and reading bytes back, for the CSV tests.</summary>
internal static class CsvText
{
    public static byte[] Write(IEnumerable<string?[]> rows, CsvWriterOptions? options = null)
    {
        using var output = new MemoryStream();
        using (var writer = new CsvWriter(output, (options ?? CsvWriterOptions.Default) with { LeaveOpen = true }))
        {
            foreach (string?[] row in rows)
            {
                writer.WriteRow(row);
            }
        }

        return output.ToArray();
    }

    public static string WriteString(params string?[][] rows) => Encoding.UTF8.GetString(Write(rows, new CsvWriterOptions { ByteOrderMark = false }));

    /// <summary>Every row of <paramref name="text"/> and the error that ended reading, if any.</summary>
    public static (List<CsvRow> Rows, Finding? Error) Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    public static (List<CsvRow> Rows, Finding? Error) Read(byte[] bytes)
    {
        using var reader = new CsvReader(new MemoryStream(bytes));
        List<CsvRow> rows = [.. reader.ReadRows()];
        return (rows, reader.Error);
    }

    public static string[][] Values(IEnumerable<CsvRow> rows) => [.. rows.Select(r => r.Fields.Select(f => f.Value).ToArray())];
}
