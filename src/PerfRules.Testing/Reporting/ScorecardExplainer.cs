using System.Text;
using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Testing.Reporting;

/// <summary>The scorecard's own explanation of some indicators, as a report quotes it: outcome and score, note, metric with its arithmetic, band or step, deductions and problems.</summary>
internal static class ScorecardExplainer
{
    public static string Explain(Scorecard card, IReadOnlyList<string> codes, Language language)
    {
        var text = new StringBuilder();
        var total = card.Total is { } t ? ReportFormat.Number(t) : "none (incomplete)";
        text.AppendLine($"Scorecard: total {total}, grade {card.Grade?.ChineseName ?? "none"}, {card.Problems.Count} input problem(s).");
        foreach (var row in card.Indicators.Where(r => codes.Contains(r.Code)))
        {
            var score = row.Score is { } s ? $"{ReportFormat.Number(s)} of {ReportFormat.Number(row.EffectiveWeight)}" : "no score";
            var weight = row.EffectiveWeight != row.Weight ? $" (table weight {ReportFormat.Number(row.Weight)})" : "";
            text.AppendLine($"{row.Code} {row.Name.Get(language)}: {row.Outcome}, {score}{weight}");
            text.AppendLine($"  note: {row.Note.Get(language)}");
            if (row.Metric is { } metric)
            {
                text.AppendLine($"  metric: {metric.Name.Get(language)} = {metric.Formula.Get(language)} = {metric.Arithmetic.Get(language)} = {metric.Displayed.Get(language)} (exact {ReportFormat.Number(metric.Value)})");
            }

            if (row.Hit is { } hit)
            {
                text.AppendLine($"  hit: {hit.Get(language)}");
            }

            foreach (var deduction in row.Deductions)
            {
                var evidence = deduction.Evidence.Count > 0 ? $" [{string.Join(", ", deduction.Evidence)}]" : "";
                text.AppendLine($"  deduction −{ReportFormat.Number(deduction.Points)} ({deduction.Kind}, {deduction.RuleName}): {deduction.Reason.Get(language)}{evidence}");
            }

            foreach (var problem in row.Problems)
            {
                text.AppendLine($"  problem: {problem.FactType}.{problem.Field}: {problem.Message.Get(language)}");
            }
        }

        return text.ToString().TrimEnd();
    }
}
