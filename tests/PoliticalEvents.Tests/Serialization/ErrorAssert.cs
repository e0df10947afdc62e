using System.Text;
using PoliticalEvents.Serialization;
using PoliticalEvents.Validation;
using Xunit;

namespace PoliticalEvents.Tests.Serialization;

/// <summary>Assertions on read errors: all-or-nothing results, codes, pointers and plausible positions.</summary>
internal static class ErrorAssert
{
    /// <summary>The read failed as a whole (no partial value) with exactly one error, which is returned.</summary>
    public static Finding Single<T>(ReadResult<T> result) where T : class
    {
        Assert.False(result.Succeeded, "Expected the input to be rejected.");
        Assert.Null(result.Value);
        return Assert.Single(result.Findings);
    }

    /// <summary>
    /// The error has the code and pointer expected, is an error, and its line and column fall on
    /// <paramref name="marker"/> (the first occurrence in <paramref name="input"/> at or after <paramref name="after"/>):
    /// the line is the marker's, the column lies from the marker's first byte to just after its last.
    /// </summary>
    public static void Is(Finding error, string code, string path, byte[] input, string marker, string? after = null)
    {
        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        AtMarker(error, input, marker, after);
    }

    /// <inheritdoc cref="Is(Finding, string, string, byte[], string, string?)"/>
    public static void Is(Finding error, string code, string path, string input, string marker, string? after = null)
        => Is(error, code, path, Encoding.UTF8.GetBytes(input), marker, after);

    /// <summary>The error's line and column fall on <paramref name="marker"/> (see <see cref="Is(Finding, string, string, byte[], string, string?)"/>).</summary>
    public static void AtMarker(Finding error, byte[] input, string marker, string? after = null)
    {
        byte[] markerBytes = Encoding.UTF8.GetBytes(marker);
        int from = after is null ? 0 : IndexOf(input, Encoding.UTF8.GetBytes(after), 0);
        Assert.True(from >= 0, $"'{after}' is not in the input.");
        int start = IndexOf(input, markerBytes, from);
        Assert.True(start >= 0, $"Marker '{marker}' is not in the input.");
        int lineStart = Array.LastIndexOf(input, (byte)'\n', Math.Max(start - 1, 0)) + 1;
        if (start == 0)
        {
            lineStart = 0;
        }

        int line = input.AsSpan(0, start).Count((byte)'\n') + 1;
        int firstColumn = start - lineStart + 1;
        int lastColumn = firstColumn + markerBytes.Length;
        Assert.True(error.Line == line, $"Expected line {line}, got {error.Line} ({error}).");
        Assert.True(error.Column is int column && column >= firstColumn && column <= lastColumn,
            $"Expected a column in {firstColumn}..{lastColumn}, got {error.Column} ({error}).");
    }

    /// <summary>For an error on one line of JSON Lines: the column falls on <paramref name="marker"/> within <paramref name="line"/>.</summary>
    public static void ColumnAtMarker(Finding error, string line, string marker)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(line);
        int start = IndexOf(bytes, Encoding.UTF8.GetBytes(marker), 0);
        Assert.True(start >= 0, $"Marker '{marker}' is not in the line.");
        int firstColumn = start + 1;
        int lastColumn = firstColumn + Encoding.UTF8.GetByteCount(marker);
        Assert.True(error.Column is int column && column >= firstColumn && column <= lastColumn,
            $"Expected a column in {firstColumn}..{lastColumn}, got {error.Column} ({error}).");
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        int found = haystack.AsSpan(from).IndexOf(needle);
        return found < 0 ? -1 : from + found;
    }
}
