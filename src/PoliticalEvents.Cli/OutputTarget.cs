namespace PoliticalEvents.Cli;

/// <summary>How an output is written.</summary>
internal enum OutputMode
{
    /// <summary>Standard output (<c>-</c>).</summary>
    StandardOutput,

    /// <summary>
    /// A regular file, new or replaced: written to a temporary file next to it and moved over it when complete, so the
    /// old file stays whole until then. A symbolic link is followed: its target is replaced, and the link kept.
    /// </summary>
    Replace,

    /// <summary>
    /// A file that is not a regular file (a character device such as <c>/dev/null</c>, a named pipe) or a descriptor
    /// path (<c>/dev/stdout</c>, <c>/dev/fd/3</c>, <c>/proc/self/fd/3</c>): written in place, never replaced.
    /// </summary>
    Direct,
}

/// <summary>
/// An output named on the command line, checked before any work is done: how it will be written, and the file it
/// is. Every command that writes goes through <see cref="Plan"/> and <see cref="DataFiles.WriteAtomicallyAsync"/> or
/// <see cref="DataFiles.WriteIfKeptAsync"/>; docs/reliability.md states what that promises.
/// </summary>
internal sealed class OutputTarget
{
    private OutputTarget(string path, OutputMode mode, string? target)
    {
        (Path, Mode, Target) = (path, mode, target);
    }

    /// <summary>The path as the user gave it (for messages: show it with <see cref="Shown.Path"/>).</summary>
    public string Path { get; }

    /// <summary>How the output is written.</summary>
    public OutputMode Mode { get; }

    /// <summary>The full path of the file to write or replace (links resolved for <see cref="OutputMode.Replace"/>); null for standard output.</summary>
    public string? Target { get; }

    /// <summary>The name to use in messages: the path as given, or "standard output".</summary>
    public string Name => Mode == OutputMode.StandardOutput ? "standard output" : Shown.Path(Path);

    /// <summary>
    /// Checks an output path and decides how to write it: <c>-</c> is standard output; a directory, a block device or a
    /// socket is refused; a character device, a named pipe or a descriptor path is written in place; anything else is a
    /// regular file, replaced atomically, whose directory must exist.
    /// </summary>
    /// <exception cref="UsageException">The path cannot be an output.</exception>
    public static OutputTarget Plan(CliConsole console, string path)
    {
        if (path == "-")
        {
            return new OutputTarget(path, OutputMode.StandardOutput, null);
        }

        string full = console.Resolve(path);
        string shown = Shown.Path(path);
        FileIdentity identity = FileIdentity.Of(full);
        switch (identity.Kind)
        {
            case FileKind.Directory:
                throw new UsageException($"{shown}: is a directory, not a file.");
            case FileKind.BlockDevice:
                throw new UsageException($"{shown}: is a block device (a disk or partition); polev does not write to one.");
            case FileKind.Socket:
                throw new UsageException($"{shown}: is a socket, not a file.");
            case FileKind.CharacterDevice or FileKind.Fifo or FileKind.Other:
                return new OutputTarget(path, OutputMode.Direct, full);
        }

        if (IsDescriptorPath(full))
        {
            return new OutputTarget(path, OutputMode.Direct, full);
        }

        // A symbolic link (perhaps dangling) is followed to the file it names: that file is written, the link stays.
        string target = FinalTarget(full);
        if (!Directory.Exists(System.IO.Path.GetDirectoryName(target)))
        {
            throw new UsageException($"{shown}: no such directory.");
        }

        return new OutputTarget(path, OutputMode.Replace, target);
    }

    /// <summary>
    /// Refuses outputs that are the same file as an input or as each other, however spelled (<c>./x</c>, a symbolic or
    /// hard link): a command never replaces what it reads, and two outputs never overwrite each other.
    /// </summary>
    /// <param name="console">For paths relative to the working directory and the identity of standard input.</param>
    /// <param name="inputs">The inputs (<c>-</c> for standard input); a directory stands for the files in it.</param>
    /// <param name="outputs">The outputs with the option that names each (null for the positional output); a null output
    /// (an option not given) is skipped.</param>
    /// <exception cref="UsageException">Two of them are the same file.</exception>
    public static void CheckDistinct(CliConsole console, IEnumerable<string> inputs, params (OutputTarget? Output, string? Option)[] outputs)
    {
        var read = new List<(string Path, FileIdentity Identity)>();
        foreach (string input in inputs)
        {
            if (input == "-")
            {
                if (console.InIdentity is { } stdin)
                {
                    read.Add(("standard input", stdin));
                }

                continue;
            }

            string full = console.Resolve(input);
            FileIdentity identity = FileIdentity.Of(full);
            read.Add((Shown.Path(input), identity));
            if (identity.Kind == FileKind.Directory)
            {
                foreach (string file in SafeFiles(full))
                {
                    read.Add((Shown.Path(input), FileIdentity.Of(file)));
                }
            }
        }

        var written = new List<(OutputTarget Output, string? Option, FileIdentity Identity)>();
        string? toStandardOutput = null;
        foreach ((OutputTarget? output, string? option) in outputs)
        {
            if (output is null)
            {
                continue;
            }

            if (output.Mode == OutputMode.StandardOutput)
            {
                if (toStandardOutput is not null)
                {
                    throw new UsageException($"{option ?? "the output"} and {toStandardOutput} are both standard output (-): give one of them a file.");
                }

                toStandardOutput = option ?? "the output";
                continue;
            }

            FileIdentity identity = FileIdentity.Of(output.Target!);
            string name = option is null ? output.Name : $"{option} {output.Name}";
            foreach ((string inputName, FileIdentity inputIdentity) in read)
            {
                if (identity.SameFileAs(inputIdentity))
                {
                    throw new UsageException($"{name}: is the input{(inputName == output.Name ? string.Empty : $" ({inputName})")}; polev never replaces what it reads. Write to another file.");
                }
            }

            foreach ((OutputTarget other, string? otherOption, FileIdentity otherIdentity) in written)
            {
                if (identity.SameFileAs(otherIdentity) || (identity.Kind == FileKind.Missing && output.Target == other.Target))
                {
                    throw new UsageException($"{option ?? "the output"} and {otherOption ?? "the output"} are the same file.");
                }
            }

            written.Add((output, option, identity));
        }
    }

    // /dev/stdout, /dev/stderr, /dev/fd/N and /proc/<pid>/fd/N stand for a descriptor the shell opened: write to it,
    // never replace what it points to (it may be a file opened for appending).
    private static bool IsDescriptorPath(string full)
        => !OperatingSystem.IsWindows()
            && (full.StartsWith("/dev/fd/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal)
                || full is "/dev/stdout" or "/dev/stderr" or "/dev/stdin");

    private static string FinalTarget(string full)
    {
        try
        {
            var info = new FileInfo(full);
            return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full; // a loop of links: creating the file will fail with a message
        }
    }

    private static IEnumerable<string> SafeFiles(string directory)
    {
        try
        {
            return Directory.GetFiles(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
