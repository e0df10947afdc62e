using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Serialization;

/// <summary>
/// Turns the exceptions System.Text.Json raises on bad input into <see cref="ValidationError"/>s with a stable code,
/// a JSON Pointer, the line and column, and a message that names the rule, not the .NET type and not the data.
/// </summary>
internal static partial class ReadErrors
{
    public static bool IsDataError(Exception ex)
        => ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException;

    public static ValidationError NullDocument() => new()
    {
        Path = string.Empty,
        Code = "type",
        Message = "Expected a JSON object, found null.",
        Severity = Severity.Error,
        Line = 1,
    };

    public static ValidationError From(Exception ex, int lineOffset = 0)
    {
        var json = ex as JsonException ?? ex.InnerException as JsonException;
        string path = ToPointer(json?.Path);
        (string code, string message) = Classify(ex, json);
        if (code == "enum" && message.StartsWith("Not a known record type", StringComparison.Ordinal))
        {
            path += "/type";
        }
        return new ValidationError
        {
            Path = path,
            Code = code,
            Message = message,
            Severity = Severity.Error,
            Line = json?.LineNumber is long line ? checked((int)line + 1 + lineOffset) : null,
            Column = json?.BytePositionInLine is long column ? checked((int)column + 1) : null,
        };
    }

    private static (string Code, string Message) Classify(Exception ex, JsonException? json)
    {
        if (ex is WireFormatException wire)
        {
            return (wire.Code, StripPosition(wire.Message));
        }

        string text = StripPosition(json?.Message ?? ex.Message);

        // Errors of the JSON reader itself: the input is not well-formed JSON.
        if (ex.GetType().Name == "JsonReaderException" || ex.InnerException?.GetType().Name == "JsonReaderException")
        {
            return text.Contains("depth", StringComparison.OrdinalIgnoreCase)
                ? ("json.tooDeep", "The JSON is nested too deeply (the limit is 64 levels).")
                : ("json.syntax", "Not well-formed JSON: " + text);
        }

        if (ex is InvalidOperationException && text.Contains("UTF-8", StringComparison.Ordinal)
            || ex is ArgumentException && ex is DecoderFallbackException
            || ex.InnerException is DecoderFallbackException)
        {
            return ("json.encoding", "The input is not valid UTF-8.");
        }

        if (UnmappedProperty().Match(text) is { Success: true } unmapped)
        {
            return ("additionalProperties", $"Unknown property '{unmapped.Groups[1].Value}'.");
        }

        if (MissingRequired().Match(text) is { Success: true } missing)
        {
            return ("required", $"Missing required property {missing.Groups[1].Value.Trim()}.");
        }

        if (text.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return ("json.duplicateProperty", "A property appears more than once in the same object.");
        }

        if (NullNotAllowed().IsMatch(text))
        {
            return ("type", "null is not a value in this format; leave the property out when it has no value.");
        }

        if (text.Contains("type discriminator", StringComparison.OrdinalIgnoreCase))
        {
            return ("enum", "Not a known record type; \"type\" is one of person, organization, detention, release, sanctionMeasure, link.");
        }

        if (text.Contains("abstract types", StringComparison.Ordinal))
        {
            return ("required", "A record needs a \"type\": person, organization, detention, release, sanctionMeasure or link.");
        }

        if (text.Contains("could not be converted", StringComparison.Ordinal) || ex is InvalidOperationException)
        {
            return ("type", "The value has the wrong JSON type for this property.");
        }

        return ("json.invalid", text);
    }

    /// <summary>Converts System.Text.Json's path (<c>$.records[3]['a b']</c>) to an RFC 6901 pointer (<c>/records/3/a b</c>).</summary>
    internal static string ToPointer(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return string.Empty;
        }

        var pointer = new StringBuilder(jsonPath.Length);
        int i = jsonPath[0] == '$' ? 1 : 0;
        while (i < jsonPath.Length)
        {
            char c = jsonPath[i];
            if (c == '.')
            {
                int end = i + 1;
                while (end < jsonPath.Length && jsonPath[end] is not ('.' or '['))
                {
                    end++;
                }

                AppendToken(pointer, jsonPath.AsSpan(i + 1, end - i - 1));
                i = end;
            }
            else if (c == '[' && i + 1 < jsonPath.Length && jsonPath[i + 1] == '\'')
            {
                int end = jsonPath.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? jsonPath.Length : end;
                AppendToken(pointer, jsonPath.AsSpan(i + 2, end - i - 2));
                i = Math.Min(end + 2, jsonPath.Length);
            }
            else if (c == '[')
            {
                int end = jsonPath.IndexOf(']', i);
                end = end < 0 ? jsonPath.Length : end;
                AppendToken(pointer, jsonPath.AsSpan(i + 1, end - i - 1));
                i = end + 1;
            }
            else
            {
                i++;
            }
        }

        return pointer.ToString();
    }

    private static void AppendToken(StringBuilder pointer, ReadOnlySpan<char> token)
    {
        pointer.Append('/');
        foreach (char c in token)
        {
            _ = c switch
            {
                '~' => pointer.Append("~0"),
                '/' => pointer.Append("~1"),
                _ => pointer.Append(c),
            };
        }
    }

    private static string StripPosition(string message)
    {
        int at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return (at >= 0 ? message[..at] : message).Trim();
    }

    [GeneratedRegex("The JSON property '(.*)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex("missing required properties including: (.*?)\\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex("(?:property or field|constructor parameter) '[^']*' .*(?:doesn't|does not) allow (?:setting |getting )?null")]
    private static partial Regex NullNotAllowed();
}
