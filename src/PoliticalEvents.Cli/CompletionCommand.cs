namespace PoliticalEvents.Cli;

/// <summary>
/// <c>polev completion bash|zsh|pwsh</c>: prints a script that makes the shell complete polev's commands, options and
/// option values, by asking polev itself through System.CommandLine's <c>[suggest:position]</c> directive.
/// </summary>
internal static class CompletionCommand
{
    /// <summary>What the help of <c>polev completion</c> says after its usage, arguments and options.</summary>
    public const string Details = """
        Prints a script for the shell to source: it completes commands, options and the
        values of options such as --format or --to by asking polev (System.CommandLine's
        [suggest] directive), so it always matches the installed version.

        Examples:
          polev completion bash >> ~/.bashrc
          polev completion zsh > ~/.zfunc/_polev      # with fpath+=~/.zfunc in ~/.zshrc
          polev completion pwsh >> $PROFILE
          polev "[suggest:14]" "validate --fo"        # what the scripts ask: --format
        """;

    /// <summary>The command line of <c>polev completion</c>.</summary>
    public static CommandSpec Spec { get; } = new(
        "completion",
        "Print a shell script that completes polev's commands and options (bash, zsh, pwsh).",
        [
            new("shell", "bash, zsh or pwsh."),
        ],
        [],
        Details,
        RunAsync);

    /// <summary>The bash script: the line after the command's name, and the cursor's place in it.</summary>
    public const string Bash = """
        _polev_complete() {
            local line="${COMP_LINE#* }"
            local position=$(( COMP_POINT - ${#COMP_LINE} + ${#line} ))
            (( position < 0 )) && position=0
            local IFS=$'\n'
            COMPREPLY=( $(compgen -W "$(polev "[suggest:${position}]" "${line}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}") )
        }
        complete -o default -F _polev_complete polev
        """;

    /// <summary>The zsh script.</summary>
    public const string Zsh = """
        #compdef polev
        _polev() {
            local line="${BUFFER#* }"
            local position=$(( CURSOR - ${#BUFFER} + ${#line} ))
            (( position < 0 )) && position=0
            local -a completions
            completions=("${(@f)$(polev "[suggest:${position}]" "${line}" 2>/dev/null)}")
            compadd -a completions
            _files
        }
        compdef _polev polev
        """;

    /// <summary>The PowerShell script.</summary>
    public const string PowerShell = """
        Register-ArgumentCompleter -Native -CommandName polev -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $text = $commandAst.ToString()
            $space = $text.IndexOf(' ')
            $line = if ($space -lt 0) { '' } else { $text.Substring($space + 1) }
            $position = [Math]::Max(0, $cursorPosition - $commandAst.Extent.StartOffset - $space - 1)
            polev "[suggest:$position]" "$line" 2>$null | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }
        """;

    /// <summary>Runs the command.</summary>
    public static Task<int> RunAsync(CommandLine line, CliConsole console)
    {
        if (line.Positional.Count != 1)
        {
            throw new UsageException("completion takes one shell: bash, zsh or pwsh. See polev completion --help.");
        }

        string script = line.Positional[0] switch
        {
            "bash" => Bash,
            "zsh" => Zsh,
            "pwsh" or "powershell" => PowerShell,
            string other => throw new UsageException($"No completion for the shell '{Shown.OneLine(other)}': use bash, zsh or pwsh. See polev completion --help."),
        };
        console.WriteOutLine(script);
        return Task.FromResult(ExitCodes.Ok);
    }
}
