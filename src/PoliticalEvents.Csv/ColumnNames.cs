using System.Globalization;
using System.Text;

namespace PoliticalEvents.Csv;

/// <summary>The names of columns as findings may show them.</summary>
internal static class ColumnNames
{
    /// <summary>
    /// The header of a column as findings may name it (<see cref="Finding.ColumnName"/>): null when it is longer than 40
    /// characters or holds a control, format (invisible), separator or private-use character, or half of a surrogate
    /// pair. A header comes from the file, and a long or odd one is more likely a person's data in the wrong row than a
    /// column name.
    /// </summary>
    public static string? Shown(string? header)
    {
        if (header is null || header.Length > 40)
        {
            return null;
        }

        for (int i = 0; i < header.Length;)
        {
            if (Rune.DecodeFromUtf16(header.AsSpan(i), out Rune rune, out int used) != System.Buffers.OperationStatus.Done
                || (rune.Value != ' ' && Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
                    or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned))
            {
                return null;
            }

            i += used;
        }

        return header;
    }
}
