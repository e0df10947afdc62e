using System.Globalization;
using System.Text;

namespace PoliticalEvents.Tests.TestHelpers;

/// <summary>
/// The characters names and URLs refuse, by the runtime's Unicode data — a reference independent of the library's fixed
/// table (which a test compares with the runtime): controls, format characters other than the joiners U+200C and
/// U+200D, and halves of surrogate pairs.
/// </summary>
internal static class UnicodeReference
{
    /// <summary>The UTF-16 index of the first refused character; -1 when none.</summary>
    public static int FirstControlOrFormat(string text)
    {
        for (int i = 0, length; i < text.Length; i += length)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out length) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            UnicodeCategory category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Control || (category == UnicodeCategory.Format && rune.Value is not (0x200C or 0x200D)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the text holds a refused character.</summary>
    public static bool HasControlOrFormat(string text) => FirstControlOrFormat(text) >= 0;
}
