using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Cli.Output;

/// <summary>
/// The scoring table (整体绩效评价指标评分表) as plain text for a terminal: one line per indicator with its weight,
/// self-assessed and verified score, and under each leaf that lost points its note, every deduction with its evidence
/// and every input problem; then the total, grade and reconciliation.
/// </summary>
internal static class ScoringTableWriter
{
    private const int NameColumn = 46;

    public static string Write(Scorecard card, Language language)
    {
        var output = new StringWriter { NewLine = "\n" };
        var year = card.FiscalYear is { } y ? language.Say($" {y}年度", $" {y}") : string.Empty;
        output.WriteLine($"{card.Department ?? language.Say("（未命名部门）", "(unnamed department)")}{year} {language.Say("整体绩效评价指标评分表", "scoring table")}");
        output.WriteLine($"{language.Say("规则集：", "Rule set: ")}{card.RuleSetId} {card.RuleSetVersion}");
        output.WriteLine();
        output.WriteLine(
            Columns.PadRight(language.Say("指标", "Indicator"), NameColumn)
            + Columns.PadLeft(language.Say("权重", "Weight"), 7)
            + Columns.PadLeft(language.Say("自评", "Self"), 7)
            + Columns.PadLeft(language.Say("核查", "Verified"), 9));
        foreach (var row in card.Indicators)
        {
            WriteRow(output, row, language);
        }

        output.WriteLine();
        WriteSummary(output, card, language);
        return output.ToString();
    }

    private static void WriteRow(StringWriter output, ScorecardIndicator row, Language language)
    {
        var indent = new string(' ', (row.Level - 1) * 2);
        var score = row.Outcome == IndicatorOutcome.Scored ? Words.Number(row.Score) : language.Outcome(row.Outcome);
        var reallocated = row.EffectiveWeight != row.Weight && row.Outcome != IndicatorOutcome.NotApplicable
            ? language.Say($"（调整后分值{Words.Number(row.EffectiveWeight)}）", $" (out of {Words.Number(row.EffectiveWeight)})")
            : string.Empty;
        output.WriteLine(
            Columns.PadRight($"{indent}{row.Code} {row.Name.Get(language)}", NameColumn)
            + Columns.PadLeft(Words.Number(row.Weight), 7)
            + Columns.PadLeft(Words.Number(row.SelfScore), 7)
            + Columns.PadLeft(score, 9)
            + reallocated);
        if (!row.IsLeaf || (row.Deductions.Count == 0 && row.Outcome == IndicatorOutcome.Scored && row.Problems.Count == 0))
        {
            return;
        }

        var detail = new string(' ', row.Level * 2 + 2);
        output.WriteLine($"{detail}{language.Say("评分说明：", "Note: ")}{row.Note.Get(language)}");
        foreach (var deduction in row.Deductions)
        {
            var evidence = deduction.Evidence.Count == 0
                ? string.Empty
                : language.Say($"（凭证：{string.Join("、", deduction.Evidence)}）", $" (evidence: {string.Join(", ", deduction.Evidence)})");
            output.WriteLine($"{detail}-{Words.Number(deduction.Points)} {deduction.Reason.Get(language)}{evidence}");
        }

        foreach (var problem in row.Problems)
        {
            output.WriteLine($"{detail}! {problem.FactType}.{problem.Field}: {problem.Message.Get(language)}");
        }
    }

    private static void WriteSummary(StringWriter output, Scorecard card, Language language)
    {
        if (card.Total is { } total)
        {
            var self = card.SelfAssessment is { } s
                ? language.Say($"；自评总分：{Words.Number(s.SelfTotal)}分", $"; self-assessed total: {Words.Number(s.SelfTotal)}")
                : string.Empty;
            output.WriteLine(language.Say(
                $"核查总分：{Words.Number(total)}分，等级：{card.Grade!.ChineseName}{self}",
                $"Verified total: {Words.Number(total)}, grade: {card.Grade!.EnglishName}{self}"));
        }
        else
        {
            output.WriteLine(language.Say(
                $"评价未完成：有{card.Problems.Count}个输入问题，未计算总分",
                $"Incomplete: {card.Problems.Count} input problem(s), no total"));
        }

        if (card.ConvertedTotal is { } converted)
        {
            output.WriteLine(language.Say(
                $"换算得分：{Words.Number(card.RawTotal)} / {Words.Number(card.ApplicablePoints)} × 100 = {Words.Number(converted)}",
                $"Converted: {Words.Number(card.RawTotal)} / {Words.Number(card.ApplicablePoints)} × 100 = {Words.Number(converted)}"));
        }

        if (card.Adjustments is { } adjustments && (adjustments.BonusItems > 0 || adjustments.PenaltyItems > 0))
        {
            output.WriteLine(language.Say(
                $"加减分：加{Words.Number(adjustments.Bonus)}分（{adjustments.BonusItems}项），减{Words.Number(adjustments.Penalty)}分（{adjustments.PenaltyItems}项）",
                $"Adjustments: +{Words.Number(adjustments.Bonus)} ({adjustments.BonusItems} item(s)), -{Words.Number(adjustments.Penalty)} ({adjustments.PenaltyItems} item(s))"));
        }

        var reconciliation = card.Reconciliation;
        output.WriteLine(language.Say(
            $"核对：末级指标合计{Words.Number(reconciliation.LeafSum)}，一级指标合计{Words.Number(reconciliation.LevelOneSum)}，{(reconciliation.IsBalanced ? "平衡" : "不平衡")}。{reconciliation.Rounding.Chinese}",
            $"Reconciliation: leaves {Words.Number(reconciliation.LeafSum)}, level 1 {Words.Number(reconciliation.LevelOneSum)}, {(reconciliation.IsBalanced ? "balanced" : "NOT balanced")}. {reconciliation.Rounding.Get(Language.English)}"));
        foreach (var problem in card.Problems)
        {
            output.WriteLine(ProblemsWriter.Line(problem, language));
        }
    }
}
