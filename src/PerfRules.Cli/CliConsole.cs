namespace PerfRules.Cli;

/// <summary>Where the tool writes: results to <see cref="Out"/>, progress and diagnostics to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output: the report, the CSV, the explanation.</param>
/// <param name="Error">Standard error: errors, problems, progress.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal, so that a progress bar can redraw itself in place.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal)
{
    /// <summary>Writes an error line, prefixed with the tool's name as command-line tools do.</summary>
    public void WriteError(string message) => Error.WriteLine($"perfrules: error: {message}");

    /// <summary>Writes a note line (what was written where) to standard error, keeping standard output for results.</summary>
    public void WriteNote(string message) => Error.WriteLine($"perfrules: {message}");
}
