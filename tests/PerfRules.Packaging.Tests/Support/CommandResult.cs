namespace PerfRules.Packaging.Tests.Support;

/// <summary>How a dotnet command ended and everything it printed.</summary>
/// <param name="Command">The command line, for messages.</param>
/// <param name="Folder">Where it ran.</param>
/// <param name="ExitCode">Its exit code; null when it was killed at its time limit.</param>
/// <param name="Elapsed">How long it ran.</param>
/// <param name="Output">Its standard output and error, interleaved as they came.</param>
public sealed record CommandResult(string Command, string Folder, int? ExitCode, TimeSpan Elapsed, string Output)
{
    /// <summary>This result, when the command exited with 0.</summary>
    /// <exception cref="InvalidOperationException">It failed or timed out; the message holds its whole output.</exception>
    public CommandResult EnsureSuccess()
    {
        if (ExitCode == 0)
        {
            return this;
        }

        var ending = ExitCode is { } code ? $"exited with {code}" : $"was killed after {Elapsed.TotalSeconds:0} s";
        throw new InvalidOperationException($"`{Command}` in {Folder} {ending}. Its output:\n{Output}");
    }
}
