using System.CommandLine;
using PerfRules.Cli.Input;
using PerfRules.Cli.Output;
using PerfRules.Evaluation;
using PerfRules.Reporting;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>score</c>: scores one facts file and writes the scorecard (a table by default; Markdown, HTML, Excel or JSON), or
/// scores every facts file of a folder in parallel into a summary CSV (<see cref="BatchScoring"/>).
/// </summary>
internal static class ScoreCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = CommonOptions.Rules();
        var facts = CommonOptions.Facts(required: false);
        var batch = new Option<string>("--batch")
        {
            Description = "Score every *.json facts file in this folder, in parallel, and write a summary CSV instead of a report.",
            HelpName = "folder",
        };
        var format = new Option<string>("--format")
        {
            Description = "The report's format: table (text, the default), md (Markdown), html (a printable page), xlsx (Excel, needs --out) or json (the scorecard).",
            HelpName = "table|md|html|xlsx|json",
        }.AcceptOnlyFromAmong("table", "md", "html", "xlsx", "json");
        var output = new Option<string>("--out", "-o")
        {
            Description = "Write the report (or, with --batch, the summary CSV) to this file instead of standard output.",
            HelpName = "file",
        };
        var language = CommonOptions.Language();
        var command = new Command("score", "Score a department's facts file with a rule set and write the scoring table, or score a folder of facts files into a summary CSV.")
        {
            rules, facts, batch, format, output, language,
        };
        command.Validators.Add(result =>
        {
            var hasFacts = result.GetResult(facts) is not null;
            var hasBatch = result.GetResult(batch) is not null;
            if (hasFacts == hasBatch)
            {
                result.AddError("Give either --facts <file.json> (one department) or --batch <folder> (every facts file in the folder).");
            }
            else if (hasBatch && result.GetResult(format) is not null)
            {
                result.AddError("--format applies to one facts file; --batch writes a summary CSV.");
            }
            else if (hasFacts && result.GetValue(format) == "xlsx" && result.GetResult(output) is null)
            {
                result.AddError("--format xlsx writes a workbook, which needs a file: add --out <file.xlsx>.");
            }
        });
        command.SetGuardedAction(console, parse =>
        {
            var ruleSet = RuleSetSource.Resolve(parse.GetValue(rules)!);
            var lang = CommonOptions.ToLanguage(parse.GetValue(language));
            return parse.GetValue(batch) is { } folder
                ? BatchScoring.Run(ruleSet, folder, parse.GetValue(output), lang, console)
                : ScoreOne(ruleSet, parse.GetValue(facts)!, Enum.Parse<OutputFormat>(parse.GetValue(format) ?? "table", ignoreCase: true), parse.GetValue(output), lang, console);
        });
        return command;
    }

    private static int ScoreOne(RuleSet ruleSet, string factsFile, OutputFormat format, string? output, Language language, CliConsole console)
    {
        var card = new ScorecardEvaluator(ruleSet).Evaluate(FactsInput.Read(factsFile));
        if (format == OutputFormat.Xlsx)
        {
            OutputFile.Write(output!, stream => ScorecardReport.WriteExcel(card, stream, language));
        }
        else
        {
            var text = format switch
            {
                OutputFormat.Md => ScorecardReport.ToMarkdown(card, language),
                OutputFormat.Html => ScorecardReport.ToHtml(card, language),
                OutputFormat.Json => ScorecardJson.Serialize(card) + "\n",
                _ => ScoringTableWriter.Write(card, language),
            };
            if (output is null)
            {
                console.Out.Write(text);
            }
            else
            {
                OutputFile.WriteText(output, text);
            }
        }

        if (output is not null)
        {
            var total = card.Total is { } t ? $"{Words.Number(t)} {card.Grade!.Name(language)}" : language.Say("未完成", "incomplete");
            console.WriteNote($"wrote {output} ({card.Department}: {total})");
        }

        return ProblemsWriter.ExitCode(card, factsFile, console, language);
    }
}
