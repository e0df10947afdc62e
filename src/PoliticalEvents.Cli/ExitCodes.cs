namespace PoliticalEvents.Cli;

/// <summary>The exit codes of polev, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Success; for validate, the data is valid (warnings allowed).</summary>
    public const int Ok = 0;

    /// <summary>The data is invalid (or, for convert, could not be read).</summary>
    public const int InvalidData = 1;

    /// <summary>Wrong usage, or a file could not be opened, read or written.</summary>
    public const int UsageOrIo = 2;

    /// <summary>A bug in polev: an exception it did not expect. Nothing was written (outputs are replaced only when complete).</summary>
    public const int InternalError = 3;
}
