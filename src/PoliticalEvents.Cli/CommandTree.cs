using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace PoliticalEvents.Cli;

/// <summary>How an option takes values.</summary>
internal enum OptionKind
{
    /// <summary><c>--name value</c> or <c>--name=value</c>, once.</summary>
    Value,

    /// <summary><c>--name</c>, no value.</summary>
    Flag,

    /// <summary><c>--name value</c>, as often as needed.</summary>
    Repeatable,
}

/// <summary>An option of a command: its name, what its help says, how it takes values, and the values to complete.</summary>
internal sealed record OptionSpec(string Name, string Description, OptionKind Kind = OptionKind.Value, string? ValueName = null, string[]? Completions = null);

/// <summary>A positional argument of a command. <paramref name="Many"/>: any number (at least one when required).</summary>
internal sealed record ArgumentSpec(string Name, string Description, bool Required = true, bool Many = false);

/// <summary>
/// A polev command: its name, its one-line summary, its arguments and options (from which System.CommandLine makes the
/// usage, the option list, completion and errors), the text its help adds after them (what it does, exit codes,
/// examples), and what runs it.
/// </summary>
internal sealed record CommandSpec(string Name, string Summary, ArgumentSpec[] Arguments, OptionSpec[] Options, string Details, Func<CommandLine, CliConsole, Task<int>> Run);

/// <summary>
/// The command line of polev on System.CommandLine: the commands and their symbols, help made from them plus each
/// command's own text, completion (the <c>[suggest]</c> directive), response files (<c>@file</c>), and the checks that
/// keep polev's contract: an unknown option is an error (System.CommandLine would take it as an argument), and so is a
/// value given to a flag (<c>--force=yes</c>).
/// </summary>
internal static class CommandTree
{
    /// <summary>The width help is wrapped to, whatever the terminal: help reads the same everywhere.</summary>
    public const int HelpWidth = 88;

    /// <summary>Builds the root command of <paramref name="commands"/>, whose actions run on <paramref name="console"/>.</summary>
    public static RootCommand Build(string summary, string details, IReadOnlyList<CommandSpec> commands, CliConsole console)
    {
        var root = new RootCommand(summary) { HelpName = "polev" }; // the name help shows, whatever runs it (tests, dotnet polev.dll)
        var detailsOf = new Dictionary<Command, string>(ReferenceEqualityComparer.Instance) { [root] = details };
        foreach (Option option in root.Options.Where(static o => o is VersionOption).ToList())
        {
            root.Options.Remove(option); // polev prints its version itself, without build metadata (Polev.RunAsync)
        }

        root.Options.Add(new Option<bool>("--version") { Description = "Show the version." });
        foreach (CommandSpec spec in commands)
        {
            var command = new Command(spec.Name, spec.Summary);
            foreach (ArgumentSpec argument in spec.Arguments)
            {
                command.Arguments.Add(argument.Many
                    ? new Argument<string[]>(argument.Name) { Description = argument.Description, Arity = argument.Required ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore }
                    : new Argument<string>(argument.Name) { Description = argument.Description, Arity = argument.Required ? ArgumentArity.ExactlyOne : ArgumentArity.ZeroOrOne });
            }

            foreach (OptionSpec option in spec.Options)
            {
                command.Options.Add(Make(option));
            }

            command.SetAction((result, _) => spec.Run(CommandLine.From(result, command), console));
            Specs.AddOrUpdate(command, spec);
            root.Subcommands.Add(command);
            detailsOf[command] = spec.Details;
        }

        HelpOption help = root.Options.OfType<HelpOption>().Single();
        help.Action = new DetailedHelp(new HelpAction { MaxWidth = HelpWidth }, detailsOf);
        return root;
    }

    private static Option Make(OptionSpec spec)
    {
        Option option = spec.Kind switch
        {
            OptionKind.Flag => new Option<bool>(spec.Name),
            OptionKind.Repeatable => new Option<string[]>(spec.Name) { AllowMultipleArgumentsPerToken = false, Arity = ArgumentArity.OneOrMore },
            _ => new Option<string>(spec.Name),
        };
        option.Description = spec.Description;
        if (spec.ValueName is not null)
        {
            option.HelpName = spec.ValueName;
        }

        if (spec.Completions is { } values)
        {
            option.CompletionSources.Add(values);
        }

        return option;
    }

    /// <summary>
    /// What System.CommandLine lets through but polev refuses, as a usage error: an argument that looks like an option
    /// (before <c>--</c>) is an unknown option, with the nearest known one suggested; a flag given a value
    /// (<c>--force=yes</c>, which System.CommandLine would read as <c>--force yes</c>) is an error too.
    /// </summary>
    /// <exception cref="UsageException">Such an argument.</exception>
    public static void CheckArguments(ParseResult result, IReadOnlyList<string> args)
    {
        Command command = result.CommandResult.Command;
        if (command is RootCommand)
        {
            // Nothing matched a command: the first word is a mistyped command, or an option that goes after one.
            if (result.UnmatchedTokens is [string first, ..])
            {
                string? near = Nearest(first, result.RootCommandResult.Command.Subcommands.Select(static c => c.Name));
                throw new UsageException(first.StartsWith('-')
                    ? $"Unknown option {first}. Options before a command: --help, --version. See polev --help."
                    : $"Unknown command '{first}'.{(near is null ? "" : $" Did you mean {near}?")} Commands: {string.Join(", ", result.RootCommandResult.Command.Subcommands.Select(static c => c.Name))}. See polev --help.");
            }

            return;
        }

        var flags = command.Options.OfType<Option<bool>>().Select(static o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (string arg in args.TakeWhile(static a => a != "--"))
        {
            int eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 2 && flags.Contains(arg[..eq]))
            {
                throw new UsageException($"Option {arg[..eq]} takes no value. See polev {command.Name} --help.");
            }
        }

        foreach (string value in Positional(result))
        {
            if (value.Length > 1 && value[0] == '-')
            {
                string name = value.Split('=', 2)[0];
                string? near = Nearest(name, command.Options.Select(static o => o.Name));
                throw new UsageException($"Unknown option {name} for {command.Name}.{(near is null ? "" : $" Did you mean {near}?")} See polev {command.Name} --help.");
            }
        }
    }

    /// <summary>
    /// True when what System.CommandLine could not parse is only the number of positional arguments (one missing, one too
    /// many): the command says what it needs in its own words (<see cref="CommandLine.WithAllArguments"/>).
    /// </summary>
    public static bool OnlyArgumentCountErrors(ParseResult result)
        => result.CommandResult.Command is not RootCommand
            && result.Errors.All(static e => e.SymbolResult is not OptionResult)
            && result.UnmatchedTokens.All(static t => !t.StartsWith('-') || t == "-");

    /// <summary>The command's spec, for a command this tree built.</summary>
    public static CommandSpec? SpecOf(Command command) => Specs.TryGetValue(command, out CommandSpec? spec) ? spec : null;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Command, CommandSpec> Specs = [];

    /// <summary>
    /// The values of the command's positional arguments as typed, in order, before <c>--</c> (those after it are
    /// positional whatever they look like): what its arguments took and what none could take.
    /// </summary>
    public static IEnumerable<string> Positional(ParseResult result, bool includeAfterDoubleDash = false)
    {
        var taken = result.CommandResult.Children.OfType<OptionResult>().SelectMany(static o => o.Tokens).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (Token token in result.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                if (!includeAfterDoubleDash)
                {
                    yield break;
                }
            }
            else if (token.Type == TokenType.Argument && !taken.Contains(token))
            {
                yield return token.Value;
            }
        }
    }

    // The known name closest to a mistyped one: within two edits, or one that starts with it; null when none is close.
    private static string? Nearest(string typed, IEnumerable<string> known)
        => known.Where(k => k.StartsWith("--", StringComparison.Ordinal) == typed.StartsWith("--", StringComparison.Ordinal))
            .Select(k => (Name: k, Distance: k.StartsWith(typed, StringComparison.Ordinal) && typed.Length > 3 ? 0 : Distance(typed, k)))
            .Where(static x => x.Distance <= 2)
            .OrderBy(static x => x.Distance)
            .Select(static x => x.Name)
            .FirstOrDefault();

    // Levenshtein distance, two rows.
    private static int Distance(string a, string b)
    {
        int[] previous = [.. Enumerable.Range(0, b.Length + 1)];
        int[] current = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    /// <summary>System.CommandLine's help (description, usage, arguments, options), then the command's own text.</summary>
    private sealed class DetailedHelp(HelpAction generated, Dictionary<Command, string> details) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int code = generated.Invoke(parseResult);
            if (details.TryGetValue(parseResult.CommandResult.Command, out string? text) && text.Length > 0)
            {
                TextWriter output = parseResult.InvocationConfiguration.Output;
                output.WriteLine(text.TrimEnd('\n'));
                output.WriteLine();
            }

            return code;
        }
    }
}
