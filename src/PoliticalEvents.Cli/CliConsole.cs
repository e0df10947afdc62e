namespace PoliticalEvents.Cli;

/// <summary>The streams a command reads and writes; tests pass in-memory ones.</summary>
/// <param name="In">Standard input (bytes, for <c>-</c>).</param>
/// <param name="Out">Standard output (bytes, so data passes through unchanged).</param>
/// <param name="Error">Standard error, for findings summaries and messages.</param>
/// <param name="WorkingDirectory">The directory relative paths are resolved against.</param>
internal sealed record CliConsole(Func<Stream> In, Stream Out, TextWriter Error, string WorkingDirectory)
{
    /// <summary>The process's own standard streams and current directory.</summary>
    public static CliConsole System => new(Console.OpenStandardInput, Console.OpenStandardOutput(), Console.Error, Environment.CurrentDirectory)
    {
        ShowProgress = !Console.IsErrorRedirected,
        InIdentity = FileIdentity.OfDescriptor(0),
    };

    /// <summary>The file standard input reads, when it is one (so an output can be refused for being it); null otherwise or when unknown.</summary>
    public FileIdentity? InIdentity { get; init; }

    /// <summary>Whether long runs report progress on standard error: only when it is a terminal, so logs and pipes stay clean.</summary>
    public bool ShowProgress { get; init; }

    /// <summary>The full path of <paramref name="path"/>, relative to <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>Writes text to standard output as UTF-8 and flushes it.</summary>
    public void WriteOut(string text)
    {
        byte[] bytes = global::System.Text.Encoding.UTF8.GetBytes(text);
        Out.Write(bytes);
        Out.Flush();
    }

    /// <summary>Writes text to standard output, ending it with a newline (raw string literals such as the help texts end without one).</summary>
    public void WriteOutLine(string text) => WriteOut(text.EndsWith('\n') ? text : text + "\n");
}
