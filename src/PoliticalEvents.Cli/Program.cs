using PoliticalEvents.Cli;

return await Polev.RunAsync(args, CliConsole.System).ConfigureAwait(false);
