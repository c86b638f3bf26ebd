using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Cli.Output;

/// <summary>
/// <c>explain</c>'s output: everything the scorecard says about one indicator: its path, weight and effective weight,
/// score, criteria, the metric with its formula, arithmetic and inputs (each with its source fact and field), the band or
/// step hit, the note, each deduction with its inputs and evidence, the input problems, and the ways to win points back.
/// </summary>
internal static class ExplanationWriter
{
    public static string Write(Scorecard card, ScorecardIndicator row, IReadOnlyList<GainOpportunity> gains, Language language)
    {
        var output = new StringWriter { NewLine = "\n" };
        output.WriteLine($"{row.Code} {row.Name.Get(language)}");
        output.WriteLine($"{language.Label("路径", "Path")}{row.Path.Get(language)}");
        var effective = row.EffectiveWeight != row.Weight
            ? language.Say($"；调整后分值：{Words.Number(row.EffectiveWeight)}", $"; effective weight after reallocation: {Words.Number(row.EffectiveWeight)}")
            : string.Empty;
        output.WriteLine($"{language.Label("权重", "Weight")}{Words.Number(row.Weight)}{effective}");
        var self = row.SelfScore is { } s ? language.Say($"；自评：{Words.Number(s)}", $"; self-assessed: {Words.Number(s)}") : string.Empty;
        output.WriteLine($"{language.Label("得分", "Score")}{Words.Number(row.Score)}{language.Aside(language.Outcome(row.Outcome))}{self}");
        if (row.Criteria is { } criteria)
        {
            output.WriteLine($"{language.Label("评分标准", "Criteria")}{criteria.Get(language)}");
        }

        if (row.Metric is { } metric)
        {
            WriteMetric(output, metric, language);
        }

        if (row.Hit is { } hit)
        {
            output.WriteLine($"{language.Label("档次", "Band or step hit")}{hit.Get(language)}");
        }

        output.WriteLine($"{language.Label("评分说明", "Note")}{row.Note.Get(language)}");
        if (!row.IsLeaf)
        {
            WriteChildren(output, card, row, language);
        }

        WriteDeductions(output, row.Deductions, language);
        if (row.Problems.Count > 0)
        {
            output.WriteLine($"{language.Label("输入问题", "Input problems").TrimEnd()}");
            foreach (var problem in row.Problems)
            {
                output.WriteLine("  " + ProblemsWriter.Line(problem, language));
            }
        }

        output.WriteLine(gains.Count == 0 ? language.Label("可提升空间", "Gain opportunities") + language.Say("无", "none") : language.Label("可提升空间", "Gain opportunities").TrimEnd());
        foreach (var gain in gains)
        {
            var where = row.IsLeaf ? string.Empty : gain.IndicatorCode + " ";
            output.WriteLine($"  +{Words.Number(gain.Points)} {where}{gain.Description.Get(language)}");
        }

        return output.ToString();
    }

    private static void WriteMetric(StringWriter output, MetricValue metric, Language language)
    {
        output.WriteLine($"{language.Label("指标值", "Metric")}{metric.Name.Get(language)} = {metric.Formula.Get(language)}");
        output.WriteLine($"    = {metric.Arithmetic.Get(language)} = {metric.Displayed.Get(language)}");
        WriteInputs(output, metric.Inputs, "  ", language);
    }

    private static void WriteChildren(StringWriter output, Scorecard card, ScorecardIndicator row, Language language)
    {
        output.WriteLine($"{language.Label("下级指标", "Indicators below").TrimEnd()}");
        foreach (var child in card.Indicators.Where(i => i.Level == row.Level + 1 && i.Code.StartsWith(row.Code + ".", StringComparison.Ordinal)))
        {
            output.WriteLine($"  {child.Code} {child.Name.Get(language)}: {Words.Number(child.Score)} / {Words.Number(child.EffectiveWeight)}");
        }
    }

    private static void WriteDeductions(StringWriter output, IReadOnlyList<Deduction> deductions, Language language)
    {
        output.WriteLine(deductions.Count == 0 ? language.Label("扣分", "Deductions") + language.Say("无", "none") : language.Label("扣分", "Deductions").TrimEnd());
        foreach (var deduction in deductions)
        {
            var kind = deduction.Kind == DeductionKind.Judged ? language.Say("评价人判定", "judged") : language.Say("规则计算", "computed");
            output.WriteLine($"  -{Words.Number(deduction.Points)} {deduction.Reason.Get(language)}");
            output.WriteLine($"      {language.Label("规则", "Rule")}{deduction.RuleName}{language.Aside(kind)}");
            WriteInputs(output, deduction.Inputs, "      ", language);
            if (deduction.Evidence.Count > 0)
            {
                output.WriteLine($"      {language.Label("凭证", "Evidence")}{string.Join(language.Say("、", ", "), deduction.Evidence)}");
            }
        }
    }

    private static void WriteInputs(StringWriter output, IReadOnlyList<ScoringInput> inputs, string indent, Language language)
    {
        if (inputs.Count == 0)
        {
            return;
        }

        output.WriteLine($"{indent}{language.Label("输入", "Inputs").TrimEnd()}");
        foreach (var input in inputs)
        {
            var source = input.SourceFact is { } fact
                ? fact + (input.SourceField is { } field ? "." + field : string.Empty)
                : language.Say("评价人给出", "stated by the evaluator");
            output.WriteLine($"{indent}  {language.Label(input.Label.Get(language), input.Label.Get(language))}{input.FormatValue(language)}{language.Aside(source)}");
        }
    }
}
