using Osmo.Analytics.Cli;

return OsmoCommandLine.Invoke(args, TimeProvider.System);
