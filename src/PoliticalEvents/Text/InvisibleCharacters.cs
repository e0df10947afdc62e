using System.Buffers;
using System.Text;

namespace PoliticalEvents;

/// <summary>
/// The characters refused in names, URLs and the other texts that identify someone or something: control characters
/// (Unicode category Cc: NUL, tab, line breaks, DEL, C1 controls) and format characters (Cf: zero-width space,
/// soft hyphen, byte order mark, word joiner, bidirectional controls, tag characters…) except U+200C ZERO WIDTH
/// NON-JOINER and U+200D ZERO WIDTH JOINER, which are correct spelling in Persian and Indic scripts and in emoji
/// sequences. A text also may not hold half of a surrogate pair, which is no character at all.
/// </summary>
/// <remarks>
/// The set is a fixed table, not the running .NET's Unicode data, so that what the format accepts does not change
/// with the runtime; a test compares the table with the runtime's categories (Unicode 16 in .NET 10) to notice when
/// Unicode adds a format character.
/// </remarks>
internal static class InvisibleCharacters
{
    /// <summary>What kind of character <see cref="Find"/> found.</summary>
    internal enum Kind : byte
    {
        /// <summary>Nothing refused.</summary>
        None,

        /// <summary>A control character (Cc).</summary>
        Control,

        /// <summary>A format character (Cf), other than the two joiners.</summary>
        Format,

        /// <summary>Half of a surrogate pair without its other half.</summary>
        UnpairedSurrogate,
    }

    /// <summary>The refused code points, as inclusive ranges in order: Cc, and Cf less U+200C and U+200D.</summary>
    internal static readonly (int First, int Last)[] Ranges =
    [
        (0x0000, 0x001F), (0x007F, 0x009F), (0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),
        (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E), (0x200B, 0x200B), (0x200E, 0x200F),
        (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB),
        (0x110BD, 0x110BD), (0x110CD, 0x110CD), (0x13430, 0x1343F), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A),
        (0xE0001, 0xE0001), (0xE0020, 0xE007F),
    ];

    /// <summary>
    /// The refused characters of the Basic Multilingual Plane as the body of an ECMA-262 character class
    /// (<see cref="Ranges"/> up to U+FFFF; a test keeps the two equal). A JSON Schema pattern cannot name the others
    /// portably: ECMA-262 without the <c>u</c> flag sees their surrogate halves, Python and others see code points.
    /// </summary>
    internal const string BmpPatternClass =
        "\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890\\u0891\\u08E2\\u180E"
        + "\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB";

    // The refused characters of the BMP and every surrogate (a surrogate is looked at more closely when found).
    private static readonly SearchValues<char> Suspects = SearchValues.Create(BuildSuspects());

    /// <summary>Finds the first refused character of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The UTF-16 index of the character found; -1 when none.</param>
    /// <returns>What was found; <see cref="Kind.None"/> when the text holds no refused character.</returns>
    public static Kind Find(ReadOnlySpan<char> text, out int index)
    {
        int offset = 0;
        while (text[offset..].IndexOfAny(Suspects) is int found and >= 0)
        {
            index = offset + found;
            char c = text[index];
            if (!char.IsSurrogate(c))
            {
                return c is < '\u00A0' ? Kind.Control : Kind.Format;
            }

            if (!char.IsHighSurrogate(c) || index + 1 == text.Length || !char.IsLowSurrogate(text[index + 1]))
            {
                return Kind.UnpairedSurrogate;
            }

            if (IsRefused(char.ConvertToUtf32(c, text[index + 1])))
            {
                return Kind.Format;
            }

            offset = index + 2;
        }

        index = -1;
        return Kind.None;
    }

    /// <summary>Whether the code point is refused (in <see cref="Ranges"/>).</summary>
    /// <param name="codePoint">A Unicode code point.</param>
    /// <returns>True when refused.</returns>
    public static bool IsRefused(int codePoint)
    {
        foreach ((int first, int last) in Ranges)
        {
            if (codePoint < first)
            {
                return false;
            }

            if (codePoint <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The position of the character at <paramref name="index"/> counted in characters (code points) from 1, for messages.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">A UTF-16 index into it.</param>
    /// <returns>The 1-based position.</returns>
    public static int Position(ReadOnlySpan<char> text, int index)
    {
        int position = 1;
        foreach (Rune _ in text[..index].EnumerateRunes())
        {
            position++;
        }

        return position;
    }

    private static string BuildSuspects()
    {
        var chars = new StringBuilder();
        foreach ((int first, int last) in Ranges)
        {
            for (int c = first; c <= last && c <= 0xFFFF; c++)
            {
                chars.Append((char)c);
            }
        }

        for (int c = 0xD800; c <= 0xDFFF; c++)
        {
            chars.Append((char)c);
        }

        return chars.ToString();
    }
}
