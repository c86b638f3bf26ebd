namespace PerfRules.Cli;

/// <summary>
/// The input cannot be used (a file missing or malformed, an unknown rule set, field or indicator): the tool prints the
/// message, which names the file, the JSON path and the field where it can, and exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
internal sealed class InputException(string message, Exception? inner = null) : Exception(message, inner);
