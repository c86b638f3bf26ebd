using System.CommandLine;
using PerfRules.Cli.Output;
using PerfRules.Evaluation;

namespace PerfRules.Cli.Commands;

/// <summary><c>gains</c>: where the department could win points back, most points first (GainAnalysis).</summary>
internal static class GainsCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = CommonOptions.Rules();
        var facts = CommonOptions.Facts();
        var language = CommonOptions.Language();
        var command = new Command("gains", "List the ways to win points back, most points first: a metric moved across its nearest better bound, or a deduction remedied.")
        {
            rules, facts, language,
        };
        command.SetGuardedAction(console, parse =>
        {
            var input = EvaluatedFacts.Load(parse.GetValue(rules)!, parse.GetValue(facts)!);
            var lang = CommonOptions.ToLanguage(parse.GetValue(language));
            var card = input.Evaluator.Evaluate(input.Facts);
            console.Out.Write(GainsWriter.Write(card, GainAnalysis.Find(input.Evaluator, input.Facts), lang));
            return ProblemsWriter.ExitCode(card, input.File, console, lang);
        });
        return command;
    }
}
