using System.Text;
using CsCheck;
using Xunit;

namespace PoliticalEvents.Tests.TestHelpers;

/// <summary>
/// Property checks every value type written as a JSON string must pass, through <see cref="IParsable{TSelf}"/>,
/// <see cref="ISpanParsable{TSelf}"/> and, where implemented, <see cref="IUtf8SpanParsable{TSelf}"/> (generic code
/// sees only these; each delegates to the type's public <c>Parse</c>/<c>TryParse</c>).
/// </summary>
internal static class ParsableContract
{
    // Parsing is cheap, and a disagreement may hide in a few texts (a code in lower case): many more than CsCheck's 100.
    private const int CandidateIterations = 5_000;

    /// <summary>
    /// <c>TryParse(x.ToString())</c> gives back <c>x</c> (and the same text) for every generated value; and on the
    /// generated texts, on edits of them and on random text over <paramref name="alphabet"/>, the string and span
    /// overloads of <c>Parse</c> and <c>TryParse</c> agree, and <c>Parse</c> refuses with a <see cref="FormatException"/>
    /// whose message is the same whatever the text (so it never repeats it).
    /// </summary>
    public static void Check<T>(Gen<T> values, string alphabet)
        where T : struct, ISpanParsable<T>, IEquatable<T>
    {
        values.Sample(value =>
        {
            string text = value.ToString()!;
            Assert.True(TryParseString(text, out T parsed), $"TryParse refused the text of a {typeof(T).Name}.");
            Assert.Equal(value, parsed);
            Assert.Equal(text, parsed.ToString());
            Assert.Equal(value, ParseString<T>(text));
            Assert.True(T.TryParse(text.AsSpan(), null, out T fromSpan));
            Assert.Equal(value, fromSpan);
            Assert.Equal(value, T.Parse(text.AsSpan(), null));
        });

        Candidates(values, alphabet).Sample(Agree<T>, iter: CandidateIterations);
    }

    /// <summary><see cref="Check{T}"/>, and the UTF-8 overloads agree with the string ones on the same texts.</summary>
    public static void CheckWithUtf8<T>(Gen<T> values, string alphabet)
        where T : struct, ISpanParsable<T>, IUtf8SpanParsable<T>, IEquatable<T>
    {
        Check(values, alphabet);
        Candidates(values, alphabet).Sample(AgreeUtf8<T>, iter: CandidateIterations);
    }

    private static void AgreeUtf8<T>(string text)
        where T : struct, ISpanParsable<T>, IUtf8SpanParsable<T>, IEquatable<T>
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        bool parsed = TryParseString(text, out T value);
        Assert.Equal(parsed, TryParseUtf8(utf8, out T fromUtf8));
        Assert.Equal(value, fromUtf8);
        if (parsed)
        {
            Assert.Equal(value, ParseUtf8<T>(utf8));
        }
        else
        {
            AssertRefused(text, () => ParseUtf8<T>(utf8));
        }
    }

    private static void Agree<T>(string text)
        where T : struct, ISpanParsable<T>, IEquatable<T>
    {
        bool parsed = TryParseString(text, out T value);
        Assert.Equal(parsed, T.TryParse(text.AsSpan(), null, out T fromSpan));
        Assert.Equal(value, fromSpan);
        if (parsed)
        {
            Assert.Equal(value, ParseString<T>(text));
            Assert.Equal(value, T.Parse(text.AsSpan(), null));
        }
        else
        {
            Assert.Equal(default, value);
            AssertRefused(text, () => ParseString<T>(text));
            AssertRefused(text, () => T.Parse(text.AsSpan(), null));
        }
    }

    // The string and UTF-8 overloads through their own interface: with T an ISpanParsable<T>, T.TryParse(text, …) binds to
    // the span overload (a method of the more derived interface wins), and the string one would go untested.
    private static bool TryParseString<T>(string text, out T value)
        where T : struct, IParsable<T>
        => T.TryParse(text, null, out value);

    private static T ParseString<T>(string text)
        where T : struct, IParsable<T>
        => T.Parse(text, null);

    private static bool TryParseUtf8<T>(byte[] utf8, out T value)
        where T : struct, IUtf8SpanParsable<T>
        => T.TryParse(utf8, null, out value);

    private static T ParseUtf8<T>(byte[] utf8)
        where T : struct, IUtf8SpanParsable<T>
        => T.Parse(utf8, null);

    // The message says what a valid value looks like, the same for every refused text: so it cannot repeat the text.
    private static void AssertRefused<T>(string text, Func<T> parse)
    {
        FormatException error = Assert.Throws<FormatException>(() => parse());
        string first = Interlocked.CompareExchange(ref RefusalMessage<T>.First, error.Message, null) ?? error.Message;
        Assert.True(first == error.Message, $"The message of a refused {typeof(T).Name} depends on the text ({text.Length} characters).");
    }

    private static class RefusalMessage<T>
    {
        public static string? First;
    }

    // Valid texts; valid texts with one character deleted, inserted, replaced or in the other case, cut short or with
    // text after them; and random texts, often short.
    private static Gen<string> Candidates<T>(Gen<T> values, string alphabet)
        where T : struct
    {
        Gen<string> valid = values.Select(v => v.ToString()!);
        Gen<string> edited =
            from text in valid
            from edit in Gen.Int[0, 5]
            from position in Gen.Int[0, 1000]
            from c in Gen.Char[alphabet]
            select Edit(text, edit, position, c);
        Gen<string> random = Gen.OneOf(Gen.Char[alphabet].Array[0, 4], Gen.Char[alphabet].Array[0, 14]).Select(chars => new string(chars));
        return Gen.Frequency((1, valid), (3, edited), (2, random));
    }

    private static string Edit(string text, int edit, int position, char c)
    {
        int at = text.Length == 0 ? 0 : position % (text.Length + (edit == 1 ? 1 : 0));
        return edit switch
        {
            0 when text.Length > 0 => text.Remove(at, 1),
            1 => text.Insert(at, c.ToString()),
            2 when text.Length > 0 => string.Concat(text.AsSpan(0, at), c.ToString(), text.AsSpan(at + 1)),
            3 => text[..at],
            4 when text.Length > 0 => string.Concat(text.AsSpan(0, at), FlipCase(text[at]).ToString(), text.AsSpan(at + 1)),
            _ => text + c,
        };

        static char FlipCase(char c) => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c);
    }
}
