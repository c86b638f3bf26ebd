using PerfRules.Cli.Input;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Cli.Output;

/// <summary>
/// <c>whatif</c>'s output: the fields changed, every indicator whose result changed (before → after, and the new note
/// saying why), and the total and grade before and after.
/// </summary>
internal static class DiffWriter
{
    public static string Write(IReadOnlyList<FieldChange> fields, ScorecardDiff diff, Language language)
    {
        var output = new StringWriter { NewLine = "\n" };
        output.WriteLine(language.Say("假设：", "What if:"));
        foreach (var field in fields)
        {
            output.WriteLine($"  {field.FactType}.{field.Field}: {field.Before} → {field.After}");
        }

        output.WriteLine();
        if (diff.Changes.Count == 0)
        {
            output.WriteLine(language.Say("没有指标的结果改变。", "No indicator's result changes."));
        }
        else
        {
            output.WriteLine(language.Say("改变的指标：", "Indicators changed:"));
            foreach (var change in diff.Changes)
            {
                var delta = change.Delta is { } d && d != 0 ? $" ({(d > 0 ? "+" : string.Empty)}{Words.Number(d)})" : string.Empty;
                output.WriteLine($"  {change.Code} {change.Name.Get(language)}: {Show(change.ScoreBefore, change.OutcomeBefore, language)} → {Show(change.ScoreAfter, change.OutcomeAfter, language)}{delta}");
                output.WriteLine($"      {language.Label("评分说明", "Note")}{change.NoteAfter.Get(language)}");
            }
        }

        output.WriteLine();
        var totalDelta = diff.TotalDelta is { } t && t != 0 ? $" ({(t > 0 ? "+" : string.Empty)}{Words.Number(t)})" : string.Empty;
        output.WriteLine($"{language.Label("总分", "Total")}{Total(diff.Before, language)} → {Total(diff.After, language)}{totalDelta}");
        return output.ToString();
    }

    private static string Show(decimal? score, IndicatorOutcome outcome, Language language) =>
        outcome == IndicatorOutcome.Scored ? Words.Number(score) : language.Outcome(outcome);

    private static string Total(Scorecard card, Language language) =>
        card.Total is { } total ? $"{Words.Number(total)} {card.Grade!.Name(language)}" : language.Say("未完成", "incomplete");
}
