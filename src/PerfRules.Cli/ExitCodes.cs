namespace PerfRules.Cli;

/// <summary>What the tool's exit code tells a script (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done: the scorecard is complete, the check held.</summary>
    public const int Ok = 0;

    /// <summary>The rule set has findings: a property check failed.</summary>
    public const int Findings = 1;

    /// <summary>Bad input: a usage error, a file that cannot be read, an unknown rule set or indicator, an incomplete scorecard.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in the tool or the library: the message and stack trace are on stderr.</summary>
    public const int InternalError = 3;
}
