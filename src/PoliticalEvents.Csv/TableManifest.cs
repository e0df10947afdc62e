using System.Globalization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Csv;

/// <summary>
/// Reads <see cref="CsvTables.Manifest"/> and holds every table to the number of rows it gives: the one way to see a
/// table cut exactly at a row boundary, emptied to its header, or missing a row (docs/csv.md, "The tables are a
/// contract").
/// </summary>
internal static class TableManifest
{
    /// <summary>Compares the number of rows of every table read to its end with the number the manifest gives.</summary>
    public static void Check(Dictionary<string, TableFile> files, List<Finding> findings)
    {
        TableFile manifest = files[CsvTables.Manifest];
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (TableRow row in manifest.Rows)
        {
            string table = row.Required("table");
            int? rows = row.Index("rows");
            if (row.Text("rows") is null && manifest.IndexOf("rows") >= 0)
            {
                row.Error("rows", CsvCodes.Missing, "is empty, but the table's number of rows is required.");
            }

            if (table.Length == 0)
            {
                continue;
            }

            if (!CsvTables.Counted.Contains(table))
            {
                row.Error("table", CsvCodes.Value, $"is not the name of a table of the export (the tables are: {string.Join(", ", CsvTables.Counted)}).");
            }
            else if (!named.Add(table))
            {
                // Which of the two counts is meant cannot be known: neither is used.
                row.Error("table", CsvCodes.Value, "names a table that another row names already.");
                expected.Remove(table);
            }
            else if (rows is int count)
            {
                expected[table] = count;
            }
        }

        if (!manifest.ReadToTheEnd || manifest.HeaderBroken)
        {
            return; // the manifest's own findings say why it cannot be trusted
        }

        foreach (string table in CsvTables.Counted)
        {
            TableFile file = files[table];
            if (!expected.TryGetValue(table, out int count))
            {
                if (!named.Contains(table) && !file.AbsentAs10)
                {
                    findings.Add(new Finding
                    {
                        Table = CsvTables.Manifest, ColumnName = "table", Code = CsvCodes.RowCount, Severity = Severity.Error,
                        Message = $"has no row for {table}; it needs one for every table, with the table's number of rows.",
                    });
                }
            }
            else if (file.ReadToTheEnd && file.Rows.Count != count)
            {
                findings.Add(new Finding
                {
                    Table = table, Code = CsvCodes.RowCount, Severity = Severity.Error,
                    Message = string.Create(CultureInfo.InvariantCulture,
                        $"the table has {file.Rows.Count} row(s), but {CsvTables.Manifest} says {count}: rows were lost or added. If the table was edited on purpose, write its number of rows in {CsvTables.Manifest} (rows without any value do not count)."),
                });
            }
        }
    }
}
