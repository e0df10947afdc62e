using System.Globalization;
using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary>How polev prints one finding, the same way in every command.</summary>
internal static class Findings
{
    /// <summary>
    /// One line, <c>file:line: severity code pointer message</c>: <c>-</c> stands for an unknown line, <c>/</c> for the
    /// whole input. Only the rule and the location are printed, never the offending value: records describe people in danger.
    /// Control characters in the file name, pointer or message are escaped, so a finding is always one line.
    /// </summary>
    public static string FormatLine(string file, Finding finding)
        => string.Create(CultureInfo.InvariantCulture,
            $"{Shown.Path(file)}:{(finding.Line is int line ? line.ToString(CultureInfo.InvariantCulture) : "-")}: {SeverityName(finding.Severity)} {finding.Code} {(finding.Path.Length == 0 ? "/" : Shown.OneLine(finding.Path))} {Shown.OneLine(finding.Message)}");

    /// <summary>The wire name of a severity: <c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
