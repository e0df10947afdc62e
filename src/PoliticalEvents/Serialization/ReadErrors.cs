using System.Text;

namespace PoliticalEvents.Serialization;

/// <summary>
/// The findings of input that cannot be read, and the rule for which names from the input a finding may show.
/// </summary>
/// <remarks>
/// Every message is this project's: malformed JSON is described by <see cref="JsonSyntax"/>, everything else by
/// <see cref="FastReader"/>, which records each problem where it meets it. No exception's message or type name is read.
/// </remarks>
internal static class ReadErrors
{
    /// <summary>The first problem of input that is not well-formed (not valid UTF-8, say): a syntax or an encoding error, whichever comes first.</summary>
    /// <remarks>The scan checks every byte, so input that is not valid UTF-8 always has a problem.</remarks>
    public static Finding FirstProblem(ReadOnlySpan<byte> input)
        => Syntax(input, JsonSyntax.Find(input) ?? new JsonSyntaxError(0, "json.encoding", "The input is not valid UTF-8."));

    /// <summary>The finding for a syntax problem of <paramref name="input"/>, located by its offset.</summary>
    public static Finding Syntax(ReadOnlySpan<byte> input, JsonSyntaxError syntax)
    {
        (int line, int column) = JsonLocator.Position(input, syntax.Offset);
        return Error(syntax.Pointer, syntax.Code, syntax.Message, line, column);
    }

    /// <summary>
    /// The pointer cut before its first token that the format cannot have written: longer than
    /// <see cref="MaxShownName"/> or not printable (a control, format or line-break character, half a surrogate pair).
    /// Such a token is a name from the input (an unknown property), which a finding must not repeat; the finding then
    /// points at the object that holds it.
    /// </summary>
    public static string SafePointer(string pointer)
    {
        int start = 0;
        while (start < pointer.Length)
        {
            int next = pointer.IndexOf('/', start + 1);
            int end = next < 0 ? pointer.Length : next;
            if (!IsShowable(pointer.AsSpan(start + 1, end - start - 1)))
            {
                return pointer[..start];
            }

            start = end;
        }

        return pointer;
    }

    /// <summary>The longest name from the input that a finding shows (in UTF-16 units).</summary>
    public const int MaxShownName = 64;

    /// <summary>
    /// Whether a name from the input may appear in a finding: at most <see cref="MaxShownName"/> UTF-16 units, and only
    /// visible characters and the plain space.
    /// </summary>
    public static bool IsShowable(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxShownName)
        {
            return false;
        }

        // Control, format (invisible), separator other than the plain space, private-use and unassigned characters, and
        // halves of surrogate pairs: what a reader of the message could not see or copy back.
        for (int i = 0; i < name.Length;)
        {
            if (Rune.DecodeFromUtf16(name[i..], out Rune rune, out int used) != System.Buffers.OperationStatus.Done
                || (rune.Value != ' ' && Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Control or System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.SpaceSeparator or System.Globalization.UnicodeCategory.LineSeparator
                    or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.PrivateUse
                    or System.Globalization.UnicodeCategory.OtherNotAssigned))
            {
                return false;
            }

            i += used;
        }

        return true;
    }

    private static Finding Error(string pointer, string code, string message, int? line, int? column) => new()
    {
        Path = SafePointer(pointer),
        Code = code,
        Message = message,
        Severity = Severity.Error,
        Line = line,
        Column = column,
    };

    /// <summary>
    /// The message of an unknown property: its name only when it is short and printable (<see cref="IsShowable"/>),
    /// since it comes from the input; the pointer then also stops at the object that holds it (<see cref="SafePointer"/>).
    /// </summary>
    public static string UnknownProperty(string name)
        => IsShowable(name) ? $"Unknown property '{name}'." : "Unknown property (its name is not shown: it is too long or holds characters that cannot be printed).";
}
