using System.CommandLine;

namespace PoliticalEvents.Cli;

/// <summary>
/// The arguments of one command as System.CommandLine parsed them (<see cref="CommandTree"/>), read by option name:
/// positional arguments, <c>--name value</c> options and <c>--flag</c> switches.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _allValues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandLine()
    {
    }

    /// <summary>The arguments that are not options, in order; <c>-</c> (standard input or output) is one of them.</summary>
    public List<string> Positional { get; } = [];

    /// <summary>Reads what <paramref name="result"/> holds for <paramref name="command"/>'s arguments and options.</summary>
    public static CommandLine From(ParseResult result, Command command)
    {
        var line = new CommandLine();
        foreach (Argument argument in command.Arguments)
        {
            if (result.GetResult(argument) is not { Tokens.Count: > 0 })
            {
                continue; // not given (asking System.CommandLine for the value of a missing argument throws)
            }

            switch (argument)
            {
                case Argument<string[]> many:
                    line.Positional.AddRange(result.GetValue(many) ?? []);
                    break;
                case Argument<string> one when result.GetValue(one) is { } value:
                    line.Positional.Add(value);
                    break;
            }
        }

        foreach (Option option in command.Options)
        {
            if (result.GetResult(option) is not { Implicit: false })
            {
                continue; // not given
            }

            switch (option)
            {
                case Option<bool> flag:
                    if (result.GetValue(flag))
                    {
                        line._flags.Add(option.Name);
                    }

                    break;
                case Option<string[]> repeatable:
                    line._allValues[option.Name] = result.GetValue(repeatable) ?? [];
                    break;
                case Option<string> single when result.GetValue(single) is { } value:
                    line._options[option.Name] = value;
                    break;
            }
        }

        return line;
    }

    /// <summary>
    /// The arguments of a command line whose positional arguments System.CommandLine found too few or too many: every
    /// positional value as typed, so that the command says in its own words what it needs.
    /// </summary>
    public static CommandLine WithAllArguments(ParseResult result)
    {
        CommandLine line = From(result, result.CommandResult.Command);
        line.Positional.Clear();
        line.Positional.AddRange(CommandTree.Positional(result, includeAfterDoubleDash: true));
        return line;
    }

    /// <summary>Every value of an option (in order, for one that may be given more than once); empty when it was not given.</summary>
    public IReadOnlyList<string> Values(string name)
        => _allValues.TryGetValue(name, out string[]? values) ? values : _options.TryGetValue(name, out string? value) ? [value] : [];

    /// <summary>The value of an option, or null when it was not given.</summary>
    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>True when a flag was given.</summary>
    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>The value of an option that must be one of <paramref name="allowed"/>, or <paramref name="fallback"/> when not given.</summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        string value = Option(name) ?? fallback;
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new UsageException($"Option {name} must be one of {string.Join(", ", allowed)}.");
    }
}
