using System.CommandLine;
using PerfRules.Cli.Output;
using PerfRules.Evaluation;

namespace PerfRules.Cli.Commands;

/// <summary><c>explain</c>: everything behind one indicator's score, and how points could be won back on it.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = CommonOptions.Rules();
        var facts = CommonOptions.Facts();
        var indicator = new Option<string>("--indicator", "-i")
        {
            Description = "The indicator's code, such as 2.1.2 (a group such as 2.1 lists its indicators).",
            HelpName = "code",
            Required = true,
        };
        var language = CommonOptions.Language();
        var command = new Command("explain", "Explain one indicator's score: path, weights, metric with formula and inputs, band or step hit, deductions with evidence, gain opportunities.")
        {
            rules, facts, indicator, language,
        };
        command.SetGuardedAction(console, parse =>
        {
            var input = EvaluatedFacts.Load(parse.GetValue(rules)!, parse.GetValue(facts)!);
            var lang = CommonOptions.ToLanguage(parse.GetValue(language));
            var code = parse.GetValue(indicator)!.Trim();
            var ruleSet = input.Evaluator.RuleSet;
            if (!ruleSet.Indicators.Contains(code))
            {
                throw new InputException(
                    $"--indicator {code}: the rule set {ruleSet.Id} has no such indicator; its indicators are: {string.Join(", ", ruleSet.Indicators.All.Select(i => i.Code))}.");
            }

            var card = input.Evaluator.Evaluate(input.Facts);
            var row = card[code];
            var gains = GainAnalysis.Find(input.Evaluator, input.Facts)
                .Where(g => g.IndicatorCode == code || g.IndicatorCode.StartsWith(code + ".", StringComparison.Ordinal))
                .ToList();
            console.Out.Write(ExplanationWriter.Write(card, row, gains, lang));
            return ProblemsWriter.ExitCode(card, input.File, console, lang);
        });
        return command;
    }
}
