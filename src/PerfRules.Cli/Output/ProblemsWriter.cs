using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Cli.Output;

/// <summary>Reports an incomplete scorecard: every input problem, naming the indicator, the fact type and the field.</summary>
internal static class ProblemsWriter
{
    /// <summary>"! [2.1.2] BudgetExecution.ActualExpenditure: 年度实际支出不能为负数…".</summary>
    public static string Line(FactProblem problem, Language language) =>
        $"! {(problem.IndicatorCode is { } code ? $"[{code}] " : string.Empty)}{problem.FactType}.{problem.Field}: {problem.Message.Get(language)}";

    /// <summary>
    /// When the scorecard is incomplete, writes its problems to standard error under a line naming the facts file, and
    /// returns <see cref="ExitCodes.BadInput"/>; otherwise writes nothing and returns <see cref="ExitCodes.Ok"/>.
    /// </summary>
    public static int ExitCode(Scorecard card, string factsFile, CliConsole console, Language language)
    {
        if (card.IsComplete)
        {
            return ExitCodes.Ok;
        }

        console.WriteError(card.Problems.Count == 0
            ? $"{factsFile}: the scorecard is incomplete: the total could not be computed."
            : $"{factsFile}: the scorecard is incomplete: {card.Problems.Count} input problem(s):");
        foreach (var problem in card.Problems)
        {
            console.Error.WriteLine("  " + Line(problem, language));
        }

        return ExitCodes.BadInput;
    }
}
