using PoliticalEvents.Validation;

namespace PoliticalEvents.Cli;

/// <summary>Checks of option values that become names in the records a command writes.</summary>
internal static class OptionText
{
    /// <summary>
    /// The value of <paramref name="option"/> when it may stand as a name in a record (who published, who designated):
    /// not blank, and no control or invisible character, by the very rule that validates names (<c>text.blank</c>,
    /// <c>text.invisibleCharacter</c>); else a usage error, so the records the command writes never fail their own
    /// validation because of an option.
    /// </summary>
    /// <exception cref="UsageException">The value would not validate as a name.</exception>
    public static string? Name(string option, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var probe = new Organization { Id = new OrganizationId("option"), Kind = OrganizationKind.Other, Name = value };
        return DatasetValidator.Validate(probe).Findings.Any(static e => e.Path == "/name" && e.Severity == Severity.Error)
            ? throw new UsageException($"{option} needs a name of visible characters: no blank value, no control or invisible characters (such as a line break or a zero-width space).")
            : value;
    }
}
