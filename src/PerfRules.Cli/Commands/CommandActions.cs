using System.CommandLine;

namespace PerfRules.Cli.Commands;

/// <summary>Runs a command's body and turns what it throws into an exit code and a message on standard error.</summary>
internal static class CommandActions
{
    /// <summary>Sets the command's action to <paramref name="body"/>, guarded: bad input exits 2, a bug exits 3.</summary>
    public static void SetGuardedAction(this Command command, CliConsole console, Func<ParseResult, int> body) =>
        command.SetAction(parse =>
        {
            try
            {
                return body(parse);
            }
            catch (InputException e)
            {
                console.WriteError(e.Message);
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Input problems are reported as such above; anything else is a defect, so show everything about it.
                console.WriteError($"internal error, please report it: {e}");
                return ExitCodes.InternalError;
            }
        });
}
