using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Cli.Output;

/// <summary><c>gains</c>' output: the ranked gain opportunities, one per line, each with its points, indicator and what to do.</summary>
internal static class GainsWriter
{
    public static string Write(Scorecard card, IReadOnlyList<GainOpportunity> gains, Language language)
    {
        var output = new StringWriter { NewLine = "\n" };
        var total = card.Total is { } t ? $"{Words.Number(t)} {card.Grade!.Name(language)}" : language.Say("未完成", "incomplete");
        output.WriteLine($"{card.Department}: {total}");
        if (gains.Count == 0)
        {
            output.WriteLine(language.Say("没有可挽回的分数。", "No points to win back."));
            return output.ToString();
        }

        output.WriteLine(language.Say("可提升空间（按分值排序）：", "Gain opportunities, most points first:"));
        var rank = 0;
        foreach (var gain in gains)
        {
            var kind = gain.Kind == GainKind.MoveMetric ? language.Say("指标值", "metric") : language.Say("整改", "remedy");
            output.WriteLine($"{++rank,3}. +{Columns.PadRight(Words.Number(gain.Points), 5)} {gain.IndicatorCode} {gain.IndicatorName.Get(language)} [{kind}]");
            output.WriteLine($"       {gain.Description.Get(language)}");
        }

        return output.ToString();
    }
}
