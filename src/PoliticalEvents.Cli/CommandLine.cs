namespace PoliticalEvents.Cli;

/// <summary>
/// The parsed arguments of one command: positional arguments, <c>--name value</c> options and <c>--flag</c> switches.
/// Unknown options are usage errors, so a typo never silently changes what a command does.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _allValues = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandLine()
    {
    }

    /// <summary>The arguments that are not options, in order; <c>-</c> (standard input or output) is one of them.</summary>
    public List<string> Positional { get; } = [];

    /// <summary>True when <c>-h</c>, <c>--help</c> or <c>-?</c> was given.</summary>
    public bool Help => _flags.Contains("--help");

    /// <summary>Parses the arguments that follow a command's name.</summary>
    /// <param name="command">The command's name, for messages that point to its help.</param>
    /// <param name="args">The arguments after the command's name.</param>
    /// <param name="valueOptions">The options that take a value (<c>--name value</c> or <c>--name=value</c>).</param>
    /// <param name="flags">The options that take no value.</param>
    /// <returns>The parsed arguments.</returns>
    /// <exception cref="UsageException">An unknown option, a missing value, or a value given to a flag.</exception>
    public static CommandLine Parse(string command, IEnumerable<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        var line = new CommandLine();
        using IEnumerator<string> e = args.GetEnumerator();
        bool onlyPositional = false;
        while (e.MoveNext())
        {
            string arg = e.Current;
            if (onlyPositional || arg == "-" || !arg.StartsWith('-'))
            {
                line.Positional.Add(arg);
            }
            else if (arg == "--")
            {
                onlyPositional = true;
            }
            else if (arg is "--help" or "-h" or "-?")
            {
                line._flags.Add("--help");
            }
            else
            {
                string name = arg;
                string? inline = null;
                int eq = arg.IndexOf('=');
                if (eq > 0)
                {
                    (name, inline) = (arg[..eq], arg[(eq + 1)..]);
                }

                if (valueOptions.Contains(name))
                {
                    if (inline is null && !e.MoveNext())
                    {
                        throw new UsageException($"Option {name} needs a value. See polev {command} --help.");
                    }

                    line._options[name] = inline ?? e.Current;
                    if (!line._allValues.TryGetValue(name, out List<string>? values))
                    {
                        line._allValues[name] = values = [];
                    }

                    values.Add(line._options[name]);
                }
                else if (flags.Contains(name))
                {
                    line._flags.Add(inline is null ? name : throw new UsageException($"Option {name} takes no value. See polev {command} --help."));
                }
                else
                {
                    throw new UsageException($"Unknown option {name} for {command}. See polev {command} --help.");
                }
            }
        }

        return line;
    }

    /// <summary>Every value of an option that may be given more than once, in order; empty when it was not given.</summary>
    public IReadOnlyList<string> Values(string name) => _allValues.TryGetValue(name, out List<string>? values) ? values : [];

    /// <summary>The value of an option (the last one, when given more than once), or null when it was not given.</summary>
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
