
namespace PoliticalEvents.Validation;

/// <summary>
/// The rule of the texts that name or identify someone or something — names, other names, identifier values, who
/// designated, counted or asserted, a facility, a locality, a court, a publisher: one line of visible text. Free
/// texts (notes, quotes, descriptions, reasons) may hold line breaks and are not checked; nor are titles, citations
/// and legal provisions, which are copied from documents whose soft hyphens and direction marks are harmless there.
/// </summary>
internal static partial class RecordRules
{
    /// <summary>
    /// Checks a text that names or identifies someone or something and that the format requires to be non-empty (a
    /// JSON Schema <c>minLength</c> of 1): empty is <c>minLength</c>; only white space is <c>text.blank</c>; a control
    /// or invisible format character is <c>text.invisibleCharacter</c>. One finding at most.
    /// </summary>
    internal static void Name(string? text, At path, Findings findings)
    {
        if (text is { Length: 0 })
        {
            findings.Error(path, ValidationCodes.MinLength, "The text must not be empty.");
        }
        else
        {
            IdentifyingText(text, path, findings);
        }
    }

    /// <summary>
    /// Checks an optional text that names or identifies someone or something and has no length constraint in the
    /// schemas: empty or only white space is <c>text.blank</c>; a control or invisible format character is
    /// <c>text.invisibleCharacter</c>. One finding at most.
    /// </summary>
    internal static void IdentifyingText(string? text, At path, Findings findings)
    {
        if (text is null)
        {
            return;
        }

        InvisibleCharacters.Kind kind = InvisibleCharacters.Find(text, out int index);
        if (kind != InvisibleCharacters.Kind.None)
        {
            string what = kind switch
            {
                InvisibleCharacters.Kind.Control => "a control character (such as a tab, a line break or NUL)",
                InvisibleCharacters.Kind.Format => "an invisible format character (such as a zero-width space, a soft hyphen or a direction mark)",
                _ => "half of a surrogate pair, which is no character",
            };
            findings.Error(path, ValidationCodes.TextInvisibleCharacter, $"\"{Property(path)}\" holds {what} at character {InvisibleCharacters.Position(text, index)}: a name or identifying text is one line of visible characters.");
        }
        else if (IsBlank(text))
        {
            findings.Error(path, ValidationCodes.TextBlank, $"\"{Property(path)}\" is blank: it holds no visible character.");
        }
    }

    // Empty, or only white space (any Unicode white space: no-break, ideographic…) and the two joiners, which show
    // nothing on their own.
    private static bool IsBlank(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200C' or '\u200D'))
            {
                return false;
            }
        }

        return true;
    }

    // The last segment of the pointer: the property's wire name.
    private static string Property(At path)
    {
        string pointer = path.ToString();
        return pointer[(pointer.LastIndexOf('/') + 1)..];
    }
}
