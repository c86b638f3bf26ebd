using System.CommandLine;
using PerfRules.Cli.Output;
using PerfRules.Testing;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>check</c>: runs PerfRules.Testing's ready-made properties on a rule set around a baseline facts file (scores within
/// weights, deductions reconcile, bounds as declared, every value in one band, monotone, insertion order, JSON round
/// trip, rounding) and prints the report; exits 1 when a property fails.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = new Argument<string>("rules")
        {
            Description = CommonOptions.RuleSetDescription("The rule set to check"),
            HelpName = "name",
        };
        var facts = new Option<string>("--facts", "-f")
        {
            Description = "The baseline: a complete facts file for the rule set (a department's golden facts), which the check varies.",
            HelpName = "baseline.json",
            Required = true,
        };
        var cases = new Option<int?>("--cases")
        {
            Description = "How many varied cases each scorecard property is checked on (the library's default, 200, when left out).",
            HelpName = "n",
        };
        cases.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is <= 0)
            {
                result.AddError("--cases must be at least 1.");
            }
        });
        var seed = new Option<ulong?>("--seed")
        {
            Description = "The seed of the cases, to replay a run (the report states the seed it used).",
            HelpName = "n",
        };
        var language = CommonOptions.Language();
        var command = new Command("check", "Property-check a rule set's thresholds and scorecards around a baseline facts file (PerfRules.Testing); exit 1 on findings.")
        {
            rules, facts, cases, seed, language,
        };
        command.SetGuardedAction(console, parse =>
        {
            var input = EvaluatedFacts.Load(parse.GetValue(rules)!, parse.GetValue(facts)!);
            var lang = CommonOptions.ToLanguage(parse.GetValue(language));

            // The properties vary a complete fact set; a baseline that is already incomplete would only report its own problems.
            var baseline = input.Evaluator.Evaluate(input.Facts);
            if (ProblemsWriter.ExitCode(baseline, input.File, console, lang) != ExitCodes.Ok)
            {
                console.WriteError($"{input.File}: the baseline of a check must be a complete facts file.");
                return ExitCodes.BadInput;
            }

            var options = new RuleSetCheckOptions { Baseline = input.Facts, Seed = parse.GetValue(seed), ExplanationLanguage = lang };
            if (parse.GetValue(cases) is { } n)
            {
                options = options with { Cases = n };
            }

            var result = RuleSetProperties.Run(input.Evaluator.RuleSet, options);
            console.Out.Write(result.Report.EndsWith('\n') ? result.Report : result.Report + "\n");
            return result.Passed ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }
}
