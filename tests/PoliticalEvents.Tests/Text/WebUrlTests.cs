using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using PoliticalEvents.Tests.TestHelpers;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Text;

public sealed class WebUrlTests
{
    // ECMA-262's \s, which JSON Schema validators use: .NET's \s differs (it includes U+0085, lacks U+FEFF).
    private const string EcmaWhiteSpace = "\\t\\n\\v\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

    private static readonly Regex SchemaPattern = new(
        WebUrl.Pattern.Replace("\\s", EcmaWhiteSpace, StringComparison.Ordinal)[..^1] + "\\z",
        RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("http://example.com")]
    [InlineData("https://example.com/")]
    [InlineData("https://example.com/path/to/page?q=1&r=2#section")]
    [InlineData("https://example.com:8443/a")]
    [InlineData("HTTPS://EXAMPLE.COM/A")]
    [InlineData("https://be.wikipedia.org/wiki/\u041C\u0456\u043D\u0441\u043A")]
    [InlineData("https://example.com/a%20b")]
    [InlineData("http://[::1]/")]
    [InlineData("http://192.0.2.1/report")]
    public void TryParse_AbsoluteHttpUrl_KeepsItAsWritten(string text)
    {
        Assert.True(WebUrl.TryParse(text, out WebUrl url));
        Assert.Equal(text, url.Value);
        Assert.Equal(text, url.ToString());
        Assert.Equal(url, WebUrl.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ftp://example.com/file")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    [InlineData("relative/path")]
    [InlineData("//example.com/path")]
    [InlineData("example.com")]
    [InlineData("http://")]
    [InlineData("https://")]
    [InlineData("http:///path")]
    [InlineData("http:/example.com")]
    [InlineData("https:example.com")]
    [InlineData("http://exa mple.com")]
    [InlineData("https://example.com/a b")]
    [InlineData(" https://example.com")]
    [InlineData("https://example.com ")]
    [InlineData("https://example.com/a\tb")]
    [InlineData("https://example.com/\n")]
    public void TryParse_NotAnAbsoluteHttpUrl_ReturnsFalse(string text)
    {
        Assert.False(WebUrl.TryParse(text, out WebUrl url));
        Assert.Equal(default, url);
        Assert.Throws<FormatException>(() => WebUrl.Parse(text));
    }

    [Theory]
    [InlineData("http:\\\\example.com\\path")]
    [InlineData("https:\\\\example.com")]
    [InlineData("https:/\\example.com")]
    public void TryParse_BackslashesForSlashes_ReturnsFalse(string text)
    {
        // System.Uri reads "http:\\host" as "http://host"; the schema pattern (and every other language) does not.
        Assert.False(WebUrl.TryParse(text, out _));
        Assert.Equal("pattern", Wire.ErrorCode<WebUrl>(Wire.Quote(text)));
    }

    [Theory]
    [InlineData("https://example.com/a\u00A0b")] // no-break space
    [InlineData("https://example.com/a\u2028b")] // line separator
    [InlineData("https://example.com/a\u3000b")] // ideographic space
    [InlineData("https://example.com/a\uFEFFb")] // zero-width no-break space
    [InlineData("\uFEFFhttps://example.com/")]
    public void TryParse_NonAsciiWhiteSpace_ReturnsFalse(string text)
    {
        Assert.False(WebUrl.TryParse(text, out _));
        Assert.Equal("pattern", Wire.ErrorCode<WebUrl>(Wire.Quote(text)));
    }

    [Theory]
    [InlineData("https://example.com/a\u0000b")] // NUL
    [InlineData("https://example.com/a\u0001")]
    [InlineData("https://example.com/a\u007Fb")] // DEL
    [InlineData("https://example.com/a\u0085b")] // next line, a C1 control (not ECMA-262 white space)
    [InlineData("https://exa\u0000mple.com/")]
    [InlineData("https://example.com/a\u200Bb")] // zero-width space
    [InlineData("https://exa\u200Bmple.com/")]
    [InlineData("https://example.com/\u00ADa")] // soft hyphen
    [InlineData("https://example.com/a\u2060")] // word joiner
    [InlineData("https://example.com/\u202Egpj.exe")] // right-to-left override
    [InlineData("https://example.com/a\u2066b\u2069")] // left-to-right isolate
    [InlineData("https://example.com/a\u200Eb")] // left-to-right mark
    [InlineData("https://example.com/a\U000E0041b")] // tag character, outside the BMP
    public void TryParse_ControlOrInvisibleCharacter_ReturnsFalse(string text)
    {
        Assert.False(WebUrl.TryParse(text, out _));
        Assert.Equal("pattern", Wire.ErrorCode<WebUrl>(Wire.Quote(text)));
    }

    [Fact]
    public void TryParse_HalfASurrogatePair_ReturnsFalse()
    {
        // Built here: xUnit cannot carry a lone surrogate in InlineData.
        Assert.False(WebUrl.TryParse("https://example.com/a" + '\uD800' + "b", out _));
        Assert.False(WebUrl.TryParse("https://example.com/a" + '\uDC00', out _));
    }

    [Theory]
    [InlineData("https://fa.wikipedia.org/wiki/\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")] // zero-width non-joiner, Persian spelling
    [InlineData("https://example.com/\uD83D\uDC69\u200D\uD83D\uDCBB")] // zero-width joiner in an emoji sequence
    [InlineData("https://example.com/%E2%80%8B")] // an escaped zero-width space is not one
    public void TryParse_JoinersAndEscapes_AreKept(string text)
    {
        Assert.True(WebUrl.TryParse(text, out WebUrl url));
        Assert.Equal(text, url.Value);
        Assert.Matches(SchemaPattern, text);
    }

    [Fact]
    public void Pattern_EveryBmpCharacter_RefusedByTheSchemaExactlyWhenWhiteSpaceControlOrFormat()
    {
        // Every character of the BMP in a path and in a host: the schema pattern refuses it exactly when it is ECMA-262
        // white space, a control (Cc) or a format character (Cf) other than the two joiners, by the runtime's own Unicode
        // data; and so does TryParse (which may refuse more: it also parses the URL).
        int refused = 0;
        for (int c = 0; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            UnicodeCategory category = char.GetUnicodeCategory((char)c);
            bool expected = (char.IsWhiteSpace((char)c) && c != 0x85) || c == 0xFEFF
                || category == UnicodeCategory.Control || (category == UnicodeCategory.Format && c is not (0x200C or 0x200D));
            refused += expected ? 1 : 0;
            foreach (string text in (string[])[$"https://example.com/a{(char)c}b", $"https://exa{(char)c}mple.com/"])
            {
                Assert.True(expected != SchemaPattern.IsMatch(text), $"U+{c:X4}");
                if (expected)
                {
                    Assert.False(WebUrl.TryParse(text, out _), $"U+{c:X4}");
                }
            }
        }

        Assert.Equal(65 + 19 + 41, refused); // Cc, white space outside Cc, Cf less the joiners (Unicode 16)
    }

    [Fact]
    public void TryParse_LengthLimit_IsMaxLength()
    {
        string prefix = "https://example.com/";
        string longest = prefix + new string('a', WebUrl.MaxLength - prefix.Length);

        Assert.True(WebUrl.TryParse(longest, out _));
        Assert.False(WebUrl.TryParse(longest + "a", out _));
        Assert.Equal("maxLength", Wire.ErrorCode<WebUrl>(Wire.Quote(longest + "a")));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(WebUrl.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => WebUrl.Parse(null!));
    }

    [Fact]
    public void ToUri_AnyUrl_GivesTheParsedUri()
    {
        Uri uri = WebUrl.Parse("HTTPS://Example.COM:8443/a/b?q=1#top").ToUri();

        Assert.True(uri.IsAbsoluteUri);
        Assert.Equal("https", uri.Scheme);
        Assert.Equal("example.com", uri.Host);
        Assert.Equal(8443, uri.Port);
        Assert.Equal("/a/b", uri.AbsolutePath);
        Assert.Equal("?q=1", uri.Query);
    }

    [Fact]
    public void ToUri_Default_Throws()
        => Assert.Throws<InvalidOperationException>(() => default(WebUrl).ToUri());

    [Fact]
    public void Equality_ValueContract_HoldsAndIsOrdinal()
        => ValueContract.AssertEquality(
            WebUrl.Parse("https://example.com/A"),
            WebUrl.Parse(string.Concat("https://example.com/", "A")),
            WebUrl.Parse("https://example.com/a"),
            WebUrl.Parse("HTTPS://example.com/A"),
            WebUrl.Parse("https://example.com/A/"),
            default);

    [Fact]
    public void TryParse_UrlLikeText_AcceptsOnlyWhatTheSchemaPatternAccepts()
    {
        Gen<string> prefixes = Gen.OneOf("http://", "https://", "HtTp://", "ftp://", "http:\\\\", "http:/", "https:", "//", "");
        Gen<string> tails = Gen.Char["ab.:/?#@%-\\ \t\u00A0\u0085\u2028\uFEFF\u00E9"].Array[0, 10].Select(chars => new string(chars));

        Gen.Select(prefixes, tails).Sample((prefix, tail) =>
        {
            string text = prefix + tail;
            if (WebUrl.TryParse(text, out WebUrl url))
            {
                Assert.Matches(SchemaPattern, text);
                Assert.Equal(url, Wire.Read<WebUrl>(Wire.Write(url)));
            }
        }, iter: 20_000);
    }

    [Fact]
    public void TryParse_AnyString_NeverThrows()
        => Gen.String.Sample(text =>
        {
            Wire.AssertReadAgrees<WebUrl>(text, WebUrl.TryParse(text, out _));
            Wire.AssertReadAgrees<WebUrl>("https://" + text, WebUrl.TryParse("https://" + text, out _));
        }, iter: 5_000);

    [Fact]
    public void Json_ValidString_ReadsAndWritesTheSameText()
    {
        Assert.Equal(WebUrl.Parse("https://example.com/a?b=c"), Wire.Read<WebUrl>("\"https://example.com/a?b=c\""));
        Assert.Equal("\"https://example.com/\"", Wire.Write(WebUrl.Parse("https://example.com/")));
        Assert.Null(Wire.Read<WebUrl?>("null"));
    }

    [Theory]
    [InlineData("1", "type")]
    [InlineData("null", "type")]
    [InlineData("{}", "type")]
    [InlineData("\"ftp://example.com\"", "pattern")]
    [InlineData("\"/relative\"", "pattern")]
    [InlineData("\"https://example.com/a b\"", "pattern")]
    public void Json_InvalidValue_FailsWithRuleCode(string json, string code)
        => Assert.Equal(code, Wire.ErrorCode<WebUrl>(json));

    [Fact]
    public void ReadRecord_BadSourceUrl_ReportsCodeAndPath()
    {
        Finding error = Wire.RecordError("""{"type":"person","id":"person-1","name":"A","sources":[{"url":"mailto:a@example.com"}]}""");

        Assert.Equal("pattern", error.Code);
        Assert.Equal("/sources/0/url", error.Path);
    }

    // TryParse as it was before its fast path: every check done by System.Uri. The fast path may only be faster.
    private static bool ReferenceTryParse(string url)
        => url is { Length: > 0 and <= WebUrl.MaxLength }
            && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            && !url.Any(c => char.IsWhiteSpace(c) ? c != '\u0085' : c == '\uFEFF')
            && !UnicodeReference.HasControlOrFormat(url)
            && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0;

    [Fact]
    public void TryParse_AcceptsExactlyWhatSystemUriAccepts_OnUrlShapedText()
    {
        // Hosts, ports and paths built from the characters at the edges of the fast path: label characters, dots,
        // hyphens, digits, RFC 3986 punctuation, % escapes good and bad, and characters outside it.
        Gen<string> host = Gen.OneOf(
            Gen.Char["a-z0-9.-"].Array[0, 12].Select(c => new string(c)),
            Gen.Char["a-z0-9"].Array[60, 70].Select(c => new string(c)),
            Gen.OneOf<string>("example.org", "a-b.c", "-a.org", "a-.org", "a..b", "a.", ".a", "xn--80a.by", "_a.org", "a_b.org", "1.2.3.4", "123", "[::1]", "user@host.org", "m\u0456nsk.by", "%41.org", "exa\u200Bmple.org", "exa\u0000mple.org", "exa\u00ADmple.org", "\uFEFFexample.org"));
        Gen<string> port = Gen.OneOf(Gen.Const(""), Gen.Int[0, 99999].Select(p => ":" + p), Gen.OneOf<string>(":", ":0080", ":65535", ":65536", ":123456", ":8a"));
        Gen<string> path = Gen.OneOf(
            Gen.Const(""),
            Gen.Char["a-zA-Z0-9/?#%.~_!$&'()*+,;=:@\\[]{}|^`\"<>-"].Array[0, 20].Select(c => new string(c)),
            Gen.Char["a-z/%\u0000\u0009\u007F\u0085\u00AD\u200B\u200C\u200D\u200E\u202E\u2066\u2060\uFEFF\u061C\uFFF9\u041C"].Array[0, 8].Select(c => new string(c)),
            Gen.OneOf<string>("/a%20b", "/%zz", "/%4", "/%", "/\u041C", "?q=1#f", "#", "/a b", "/\U000E0041", "/\U0001F600", "/\uD800", "/\uDC00a"));
        Gen<string> url = Gen.Select(Gen.OneOf<string>("http://", "https://", "HTTP://", "hTTps://"), host, port, path, (s, h, p, rest) => s + h + p + rest);

        url.Sample(text => Assert.Equal(ReferenceTryParse(text), WebUrl.TryParse(text, out _)), iter: 20_000);
    }
}
