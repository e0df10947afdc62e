namespace PoliticalEvents;

/// <summary>The id rule of the wire format (the FollowTheMoney id pattern, 1–128 characters).</summary>
internal static class IdSyntax
{
    public const int MaxLength = 128;

    public const string Pattern = "^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$";

    public const string Expectation = "1-128 characters: letters A-Z or a-z, digits, '.' and '-', starting and ending with a letter or digit";

    public static bool IsValid(ReadOnlySpan<char> text) => Check(text) is null;

    /// <summary>Returns null when valid, else the code of the failed rule.</summary>
    public static string? Check(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return "minLength";
        }

        if (text.Length > MaxLength)
        {
            return "maxLength";
        }

        if (!IsAlnum(text[0]) || !IsAlnum(text[^1]))
        {
            return "pattern";
        }

        foreach (char c in text)
        {
            if (!IsAlnum(c) && c != '.' && c != '-')
            {
                return "pattern";
            }
        }

        return null;
    }

    /// <summary>Returns null when valid, else the code of the failed rule.</summary>
    public static string? Check(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0)
        {
            return "minLength";
        }

        if (utf8.Length > MaxLength)
        {
            return "maxLength";
        }

        if (!IsAlnum((char)utf8[0]) || !IsAlnum((char)utf8[^1]))
        {
            return "pattern";
        }

        foreach (byte b in utf8)
        {
            if (!IsAlnum((char)b) && b != (byte)'.' && b != (byte)'-')
            {
                return "pattern";
            }
        }

        return null;
    }

    public static string Require(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (Check(value.AsSpan()) is not null)
        {
            throw new ArgumentException($"Not a valid id: expected {Expectation}.", paramName);
        }

        return value;
    }

    /// <summary>What <c>Parse</c> throws for text that is not an id: the rule, never the text (it may be personal data).</summary>
    public static FormatException FormatError() => new($"Not a valid id: expected {Expectation}.");

    private static bool IsAlnum(char c) => char.IsAsciiLetterOrDigit(c);
}
