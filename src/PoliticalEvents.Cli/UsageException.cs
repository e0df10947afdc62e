namespace PoliticalEvents.Cli;

/// <summary>Wrong usage or an I/O failure that should end the command with exit code 2 and a one-line message.</summary>
internal sealed class UsageException(string message) : Exception(message);
