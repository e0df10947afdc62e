namespace PoliticalEvents.Cli;

/// <summary>
/// The parsed arguments of one command: positional arguments, <c>--name value</c> options and <c>--flag</c> switches.
/// Unknown options are usage errors, so a typo never silently changes what a command does.
/// </summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandLine()
    {
    }

    public List<string> Positional { get; } = [];

    public bool Help => _flags.Contains("--help");

    public static CommandLine Parse(IEnumerable<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
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
                        throw new UsageException($"Option {name} needs a value.");
                    }

                    line._options[name] = inline ?? e.Current;
                }
                else if (flags.Contains(name) && inline is null)
                {
                    line._flags.Add(name);
                }
                else
                {
                    throw new UsageException($"Unknown option {name}.");
                }
            }
        }

        return line;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _flags.Contains(name);

    public string Choice(string name, string fallback, params string[] allowed)
    {
        string value = Option(name) ?? fallback;
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new UsageException($"Option {name} must be one of {string.Join(", ", allowed)}.");
    }
}
