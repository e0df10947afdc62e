using System.Text.Json;
using Xunit;

namespace PoliticalEvents.Tests.Cli;

internal sealed record FileReport(string Path, bool Valid, int Records, IReadOnlyList<ErrorReport> Errors);

internal sealed record ErrorReport(string Path, string Code, string Message, string Severity, int? Line, string? RecordId, int? Column = null);

/// <summary>
/// Reads the output of <c>polev validate --format json</c> with System.Text.Json, failing on anything outside the
/// documented shape <c>{"files":[{"path","valid","records","errors":[{"path","code","message","severity","line"?,"column"?,"recordId"?}]}]}</c>.
/// </summary>
internal static class ValidateJson
{
    public static IReadOnlyList<FileReport> Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        AssertProperties(root, ["files"], []);
        return root.GetProperty("files").EnumerateArray().Select(ParseFile).ToList();
    }

    private static FileReport ParseFile(JsonElement file)
    {
        AssertProperties(file, ["path", "valid", "records", "errors"], []);
        return new FileReport(
            file.GetProperty("path").GetString()!,
            file.GetProperty("valid").GetBoolean(),
            file.GetProperty("records").GetInt32(),
            file.GetProperty("errors").EnumerateArray().Select(ParseError).ToList());
    }

    private static ErrorReport ParseError(JsonElement error)
    {
        AssertProperties(error, ["path", "code", "message", "severity"], ["line", "column", "recordId"]);
        string severity = error.GetProperty("severity").GetString()!;
        Assert.Contains(severity, new[] { "error", "warning", "info" });
        return new ErrorReport(
            error.GetProperty("path").GetString()!,
            error.GetProperty("code").GetString()!,
            error.GetProperty("message").GetString()!,
            severity,
            error.TryGetProperty("line", out JsonElement line) ? line.GetInt32() : null,
            error.TryGetProperty("recordId", out JsonElement id) ? id.GetString() : null,
            error.TryGetProperty("column", out JsonElement column) ? column.GetInt32() : null);
    }

    private static void AssertProperties(JsonElement element, string[] required, string[] optional)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        string[] names = element.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.All(required, name => Assert.Contains(name, names));
        Assert.All(names, name => Assert.Contains(name, required.Concat(optional)));
    }
}
