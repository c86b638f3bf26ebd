using System.CommandLine;
using PerfRules.RuleSetFormat;
using PerfRules.RuleSets;

namespace PerfRules.Cli.Commands;

/// <summary>
/// <c>lint</c>: runs <see cref="RuleSetLinter"/> on a rule-set document and prints one line per finding
/// (<c>file(line,col): severity code: message</c>) and a summary; exits 1 on an error or a warning, 2 when the file
/// cannot be read. A document that extends a built-in rule set is linted as resolved over the built-in's document.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var rules = new Argument<string>("rules")
        {
            Description = "The rule-set document (JSON) to lint.",
            HelpName = "rules.json",
        };
        var language = CommonOptions.Language();
        var command = new Command("lint", "Lint a rule-set document: weights, band gaps and overlaps, unreachable bands, steps, reallocations, criteria, formulas; exit 1 on findings.")
        {
            rules, language,
        };
        command.SetGuardedAction(console, parse =>
        {
            var path = parse.GetValue(rules)!;
            var lang = CommonOptions.ToLanguage(parse.GetValue(language));
            LintReport report;
            try
            {
                report = RuleSetLinter.LintFile(path, BuiltInRuleSets.LoadOptions);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException($"{path}: cannot read the file: {e.Message}", e);
            }

            console.Out.Write(report.Describe(lang));
            return report.AtLeast(LintSeverity.Warning).Count > 0 ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }
}
