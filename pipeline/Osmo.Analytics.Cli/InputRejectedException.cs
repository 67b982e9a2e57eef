namespace Osmo.Analytics.Cli;

/// <summary>The input cannot be used; the message is one line a coordinator can act on. Exit code 2.</summary>
public sealed class InputRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputRejectedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InputRejectedException()
    {
    }
}
