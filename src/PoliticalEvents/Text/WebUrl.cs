using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace PoliticalEvents;

/// <summary>An absolute <c>http</c> or <c>https</c> URL, such as the address of a news report or a legal text.</summary>
/// <remarks>
/// <para>The text is kept exactly as written (no normalisation), so it round-trips byte for byte; it must
/// parse as an absolute URI with a host, use the http or https scheme, contain no white space, no control
/// character and no invisible format character (zero-width space, byte order mark, bidirectional controls… —
/// U+200C and U+200D excepted, as in names), and be at most <see cref="MaxLength"/> characters. Percent-escapes
/// (<c>%E2%80%8B</c>) are not decoded, so an escaped character is accepted.</para>
/// <para>The default value has no URL (<see cref="Value"/> is empty); reading never produces it.</para>
/// </remarks>
[JsonConverter(typeof(WireValueConverter<WebUrl>))]
public readonly record struct WebUrl : IWireValue<WebUrl>, ISpanParsable<WebUrl>
{
    /// <summary>The longest URL accepted.</summary>
    public const int MaxLength = 2048;

    /// <summary>
    /// The ECMA-262-compatible regular expression used by the JSON Schemas (the C# check also parses the URI, and
    /// refuses the format characters outside the Basic Multilingual Plane, such as tag characters, which a portable
    /// pattern cannot name).
    /// </summary>
    public const string Pattern = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s" + InvisibleCharacters.BmpPatternClass + "/?#]+[^\\s" + InvisibleCharacters.BmpPatternClass + "]*$";

    // The characters of a plain URL's path, query and fragment: RFC 3986's unreserved and reserved characters, and %
    // (whose escapes IsPlain checks).
    private static readonly SearchValues<char> PathCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%");

    private readonly string? _value;

    private WebUrl(string value) => _value = value;

    /// <summary>The URL as written; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates a URL from its text.</summary>
    /// <param name="url">An absolute http or https URL.</param>
    /// <returns>The URL.</returns>
    /// <exception cref="FormatException">The text is not an absolute http(s) URL.</exception>
    public static WebUrl Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return TryParse(url, out WebUrl result) ? result : throw FormatError();
    }

    /// <summary>Creates a URL from characters.</summary>
    /// <param name="url">An absolute http or https URL.</param>
    /// <returns>The URL.</returns>
    /// <exception cref="FormatException">The text is not an absolute http(s) URL.</exception>
    public static WebUrl Parse(ReadOnlySpan<char> url) => TryParse(url, out WebUrl result) ? result : throw FormatError();

    /// <summary>Parses a URL, returning false when it is not an absolute http(s) URL.</summary>
    /// <param name="url">The candidate URL.</param>
    /// <param name="result">The URL when valid; otherwise the default.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse([NotNullWhen(true)] string? url, out WebUrl result)
    {
        bool ok = url is { Length: > 0 and <= MaxLength }
            && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            && !ContainsWhiteSpace(url)
            && InvisibleCharacters.Find(url, out _) == InvisibleCharacters.Kind.None
            && (IsPlain(url) || ParsesAsHttpUri(url));
        result = ok ? new WebUrl(url!) : default;
        return ok;
    }

    /// <summary>Parses a URL given as characters, returning false when it is not an absolute http(s) URL.</summary>
    /// <param name="url">The candidate URL.</param>
    /// <param name="result">The URL when valid; otherwise the default.</param>
    /// <returns>True when valid.</returns>
    public static bool TryParse(ReadOnlySpan<char> url, out WebUrl result)
    {
        // The URL is kept as a string, so it is made one (unless its length alone rules it out) and checked as such.
        if (url.Length is 0 or > MaxLength)
        {
            result = default;
            return false;
        }

        return TryParse(url.ToString(), out result);
    }

    private static bool ParsesAsHttpUri(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0;

    // The usual shape of a URL, which System.Uri accepts, checked without building a Uri (most of the cost of reading
    // a source): http(s)://, a host of ASCII letter-digit-hyphen labels, an optional port, and a path, query and
    // fragment of RFC 3986 characters with well-formed %-escapes. Anything else (IP literals, user info,
    // international names, other characters) goes to System.Uri; a test checks that this accepts nothing it rejects.
    private static bool IsPlain(string url)
    {
        int i = url[4] is 's' or 'S' ? 8 : 7;
        int hostStart = i;
        int labelStart = i;
        for (; i < url.Length && url[i] is not (':' or '/' or '?' or '#'); i++)
        {
            char c = url[i];
            if (c == '.')
            {
                if (!IsLabel(url, labelStart, i))
                {
                    return false;
                }

                labelStart = i + 1;
            }
            else if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        if (!IsLabel(url, labelStart, i) || i - hostStart > 253)
        {
            return false;
        }

        if (i < url.Length && url[i] == ':')
        {
            int portStart = ++i;
            int port = 0;
            for (; i < url.Length && char.IsAsciiDigit(url[i]) && i - portStart < 5; i++)
            {
                port = (port * 10) + (url[i] - '0');
            }

            if (i == portStart || port > 65535 || (i < url.Length && url[i] is not ('/' or '?' or '#')))
            {
                return false;
            }
        }

        ReadOnlySpan<char> rest = url.AsSpan(i);
        if (rest.ContainsAnyExcept(PathCharacters))
        {
            return false;
        }

        for (int escape = rest.IndexOf('%'); escape >= 0; escape = rest.IndexOf('%'))
        {
            if (escape + 2 >= rest.Length || !char.IsAsciiHexDigit(rest[escape + 1]) || !char.IsAsciiHexDigit(rest[escape + 2]))
            {
                return false;
            }

            rest = rest[(escape + 3)..];
        }

        return true;
    }

    // What Parse throws: the rule, never the text.
    private static FormatException FormatError() => new("Not an absolute http or https URL.");

    // A DNS label: 1 to 63 letters, digits and hyphens, neither first nor last a hyphen.
    private static bool IsLabel(string url, int start, int end)
        => end > start && end - start <= 63 && url[start] != '-' && url[end - 1] != '-';

    // The checks above accept nothing that Pattern rejects: System.Uri alone would read "http:\\host" as
    // "http://host" and let non-ASCII white space, control and format characters through (escaping them). White
    // space is ECMA-262's \s, which JSON Schema validators use: .NET's char.IsWhiteSpace less U+0085, plus U+FEFF
    // (U+0085 is a control character, refused as such).
    private static bool ContainsWhiteSpace(string url)
    {
        foreach (char c in url)
        {
            if (char.IsWhiteSpace(c) ? c != '\u0085' : c == '\uFEFF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The URL as <see cref="Uri"/>.</summary>
    /// <returns>The parsed URI.</returns>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public Uri ToUri() => _value is null ? throw new InvalidOperationException("The default WebUrl has no value.") : new Uri(_value);

    /// <summary>The URL as written.</summary>
    /// <returns>The URL; empty for the default value.</returns>
    public override string ToString() => Value;

    bool IWireValue<WebUrl>.HasWireForm => _value is not null;

    static string IWireValue<WebUrl>.WireKind => "URL";

    static string IWireValue<WebUrl>.WireExpectation => "an absolute http or https URL";

    static WebUrl IParsable<WebUrl>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<WebUrl>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out WebUrl result) => TryParse(s, out result);

    static WebUrl ISpanParsable<WebUrl>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<WebUrl>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out WebUrl result) => TryParse(s, out result);

    static bool IWireValue<WebUrl>.TryParseWire(ReadOnlySpan<byte> utf8, out WebUrl value, out string? problem)
    {
        if (utf8.Length > MaxLength)
        {
            (value, problem) = (default, "maxLength");
            return false;
        }

        bool ok = TryParse(System.Text.Encoding.UTF8.GetString(utf8), out value);
        problem = ok ? null : "pattern";
        return ok;
    }
}
