using PerfRules.Explanations;
using PerfRules.Results;

namespace PerfRules.Cli.Output;

/// <summary>The tool's own labels in the language asked for, and numbers as the reports print them.</summary>
internal static class Words
{
    /// <summary>Picks the Chinese or the English label.</summary>
    public static string Say(this Language language, string chinese, string english) =>
        language == Language.English ? english : chinese;

    /// <summary>A label before its value: "路径：" or "Path: ".</summary>
    public static string Label(this Language language, string chinese, string english) =>
        language == Language.English ? english + ": " : chinese + "：";

    /// <summary>A remark in parentheses after a value: "（已评分）" or " (scored)".</summary>
    public static string Aside(this Language language, string text) =>
        language == Language.English ? $" ({text})" : $"（{text}）";

    /// <summary>A score or weight as the report prints it (80.81, 4.5, 6), or "-" when there is none.</summary>
    public static string Number(decimal? value) => value is { } v ? ReportFormat.Number(v) : "-";

    /// <summary>An outcome in words.</summary>
    public static string Outcome(this Language language, IndicatorOutcome outcome) => outcome switch
    {
        IndicatorOutcome.Scored => language.Say("已评分", "scored"),
        IndicatorOutcome.NotApplicable => language.Say("不适用", "not applicable"),
        IndicatorOutcome.MissingData => language.Say("缺少数据", "missing data"),
        IndicatorOutcome.Error => language.Say("数据有误", "bad data"),
        _ => outcome.ToString(),
    };
}
