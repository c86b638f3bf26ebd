using System.CommandLine;
using PerfRules.Results;
using PerfRules.RuleSets;

namespace PerfRules.Cli.Commands;

/// <summary>The options several commands share, made afresh for each command.</summary>
internal static class CommonOptions
{
    public static Option<string> Rules() => new("--rules", "-r")
    {
        Description = RuleSetDescription("The rule set"),
        HelpName = "name",
        Required = true,
    };

    public static Option<string> Facts(bool required = true) => new("--facts", "-f")
    {
        Description = "The department's facts file (JSON, docs/facts-format.md).",
        HelpName = "file.json",
        Required = required,
    };

    public static Option<string> Language() => new Option<string>("--lang")
    {
        Description = "The language of labels and notes: zh (Chinese, the reports' language) or en.",
        HelpName = "zh|en",
        DefaultValueFactory = _ => "zh",
    }.AcceptOnlyFromAmong("zh", "en");

    /// <summary>What a rule-set value may be, said honestly: this build has no loader for rule-set JSON files yet.</summary>
    public static string RuleSetDescription(string what) =>
        $"{what}: a built-in one ({string.Join(", ", BuiltInRuleSets.Ids)}) or a rule-set JSON file (docs/rule-set-format.md).";

    public static Language ToLanguage(string? value) => value == "en" ? Results.Language.English : Results.Language.Chinese;
}
