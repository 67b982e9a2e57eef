namespace Osmo.Analytics.Cli;

/// <summary>Process exit codes of <c>osmo</c> (spec/outputs.md).</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Done = 0;

    /// <summary>The run failed (a bug or infrastructure failure).</summary>
    public const int Failed = 1;

    /// <summary>The input was rejected: missing folder or file, unreadable file, missing required column, bad argument.</summary>
    public const int InputRejected = 2;
}
