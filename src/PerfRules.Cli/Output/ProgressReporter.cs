using PerfRules.Evaluation;

namespace PerfRules.Cli.Output;

/// <summary>
/// Shows a batch's progress on standard error: a bar redrawn in place when standard error is a terminal, plain lines
/// ("scored 40/100") when it is a file or a pipe, where carriage returns would only clutter a log.
/// </summary>
/// <remarks>Called from the batch's worker threads: reports are serialised, and one that arrives late never moves the bar back.</remarks>
internal sealed class ProgressReporter(CliConsole console) : IProgress<BatchProgress>
{
    private const int BarWidth = 30;
    private readonly Lock _gate = new();
    private int _shown = -1;

    public void Report(BatchProgress value)
    {
        lock (_gate)
        {
            if (value.Completed <= _shown)
            {
                return;
            }

            _shown = value.Completed;
            if (console.ErrorIsTerminal)
            {
                var filled = value.Total == 0 ? BarWidth : value.Completed * BarWidth / value.Total;
                var percent = value.Total == 0 ? 100 : value.Completed * 100 / value.Total;
                console.Error.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {value.Completed}/{value.Total} {percent,3}%");
                if (value.Completed == value.Total)
                {
                    console.Error.WriteLine();
                }
            }
            else
            {
                console.Error.WriteLine($"perfrules: scored {value.Completed}/{value.Total}");
            }
        }
    }
}
