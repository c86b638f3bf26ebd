using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Scorecards;

namespace PerfRules.Samples.Suixi;

/// <summary>Prints a scorecard as the report's scoring table (整体绩效评价指标评分表): one row per indicator, its notes beneath.</summary>
internal static class ScoringTable
{
    public static void Print(Scorecard card, TextWriter output, Language language)
    {
        var zh = language == Language.Chinese;
        output.WriteLine(zh ? "整体绩效评价指标评分表" : "Scoring table");
        output.WriteLine(zh ? "指标　　　　　　　　　　　　　　　　　　　　权重　自评　核查" : "Indicator                                  Weight  Self  Verified");
        foreach (var row in card.Indicators)
        {
            var name = $"{new string(' ', (row.Level - 1) * 2)}{row.Code} {row.Name.Get(language)}";
            output.WriteLine($"{Pad(name, 44)}{Num(row.Weight),5}{Num(row.SelfScore),6}{Num(row.Score),7}{(row.EffectiveWeight != row.Weight ? (zh ? $"（调整后分值{Num(row.EffectiveWeight)}）" : $" (out of {Num(row.EffectiveWeight)})") : string.Empty)}");
            if (!row.IsLeaf)
            {
                continue;
            }

            if (row.Deductions.Count > 0 || row.Outcome != IndicatorOutcome.Scored)
            {
                output.WriteLine($"{new string(' ', row.Level * 2)}{(zh ? "评分说明：" : "Note: ")}{row.Note.Get(language)}");
            }

            foreach (var deduction in row.Deductions)
            {
                var evidence = deduction.Evidence.Count > 0 ? (zh ? $"（凭证：{string.Join("、", deduction.Evidence)}）" : $" (evidence: {string.Join(", ", deduction.Evidence)})") : string.Empty;
                output.WriteLine($"{new string(' ', row.Level * 2)}-{Num(deduction.Points)} {deduction.Reason.Get(language)}{evidence}");
            }

            foreach (var problem in row.Problems)
            {
                output.WriteLine($"{new string(' ', row.Level * 2)}! {problem.FactType}.{problem.Field}: {problem.Message.Get(language)}");
            }
        }

        output.WriteLine();
        if (card.Total is { } total)
        {
            output.WriteLine(zh
                ? $"核查总分：{Num(total)}分，等级：{card.Grade!.ChineseName}；自评总分：{Num(card.SelfAssessment?.SelfTotal)}分"
                : $"Verified total: {Num(total)}, grade: {card.Grade!.EnglishName}; self-assessed total: {Num(card.SelfAssessment?.SelfTotal)}");
        }
        else
        {
            output.WriteLine(zh ? "评价未完成：输入数据有误或缺失" : "Incomplete: input problems");
        }

        output.WriteLine(zh
            ? $"核对：末级指标合计{Num(card.Reconciliation.LeafSum)}，一级指标合计{Num(card.Reconciliation.LevelOneSum)}，{(card.Reconciliation.IsBalanced ? "平衡" : "不平衡")}。{card.Reconciliation.Rounding.Chinese}"
            : $"Reconciliation: leaves {Num(card.Reconciliation.LeafSum)}, level 1 {Num(card.Reconciliation.LevelOneSum)}, {(card.Reconciliation.IsBalanced ? "balanced" : "NOT balanced")}. {card.Reconciliation.Rounding.Get(Language.English)}");
        foreach (var problem in card.Problems)
        {
            output.WriteLine($"! [{problem.IndicatorCode}] {problem.FactType}.{problem.Field}: {problem.Message.Get(language)}");
        }
    }

    private static string Num(decimal? value) => value is { } v ? ReportFormat.Number(v) : "-";

    /// <summary>Pads to a display width, counting CJK characters as two columns as terminals show them.</summary>
    private static string Pad(string text, int width)
    {
        var shown = text.Sum(c => c >= '\u2E80' ? 2 : 1);
        return shown >= width ? text + " " : text + new string(' ', width - shown);
    }
}
