using System.CommandLine;
using PerfRules.Cli.Input;
using PerfRules.Cli.Output;
using PerfRules.Scorecards;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>whatif</c>: changes fields of facts (<c>--set Type.Field=value</c>, the single fact of that type) in a live
/// evaluation session and prints what changed: the indicators, before → after and why, and the new total.
/// </summary>
internal static class WhatIfCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = CommonOptions.Rules();
        var facts = CommonOptions.Facts();
        var set = new Option<string[]>("--set", "-s")
        {
            Description = "A change, Type.Field=value (BudgetExecution.ActualExpenditure=15737285.38), or field=value when one fact type in the file has that field; repeat for several.",
            HelpName = "Type.Field=value",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var language = CommonOptions.Language();
        var command = new Command("whatif", "Change fields of the facts and show which indicators change, before → after and why, and the new total.")
        {
            rules, facts, set, language,
        };
        command.SetGuardedAction(console, parse =>
        {
            var input = EvaluatedFacts.Load(parse.GetValue(rules)!, parse.GetValue(facts)!);
            var lang = CommonOptions.ToLanguage(parse.GetValue(language));
            var edits = FactEditor.Plan(input.Facts, [.. parse.GetValue(set)!.Select(FieldAssignment.Parse)], input.File);
            var session = input.Evaluator.OpenSession(input.Facts);
            var before = session.Scorecard;
            foreach (var edit in edits)
            {
                session.Replace(edit.Original, edit.Replacement);
            }

            var diff = ScorecardDiff.Between(before, session.Scorecard);
            console.Out.Write(DiffWriter.Write([.. edits.SelectMany(e => e.Changes)], diff, lang));
            return ProblemsWriter.ExitCode(diff.After, input.File, console, lang);
        });
        return command;
    }
}
