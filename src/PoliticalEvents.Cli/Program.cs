using PoliticalEvents.Cli;

// Ctrl+C, SIGTERM and SIGHUP remove every temporary file before the process ends (TempFiles).
IDisposable[] signals = TempFiles.HandleSignals();
try
{
    return await Polev.RunAsync(args, CliConsole.System).ConfigureAwait(false);
}
catch (Exception ex)
{
    // A bug: say so in polev's own words (another library's message may quote the data) and never with a stack trace.
    TempFiles.DeleteAll();
    await Console.Error.WriteLineAsync($"polev: internal error ({ex.GetType().Name}). This is a bug in polev {Polev.Version}; please report it with the command line (not the data).").ConfigureAwait(false);
    return ExitCodes.InternalError;
}
finally
{
    foreach (IDisposable signal in signals)
    {
        signal.Dispose();
    }
}
