using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;
using PerfRules.Scorecards;

namespace PerfRules.Samples.Xushui;

/// <summary>
/// The sample: loads the Xushui-style rule set a finance analyst wrote as JSON (xushui-style-2023.json, on assumed
/// weights), scores the Xushui District HRSS Bureau's 2023 self-assessment from its facts, and prints the categories,
/// the items that did not apply, the conversion over the points that applied and the total. Program.cs runs it; the
/// tests pin its output.
/// </summary>
public static class XushuiSample
{
    /// <summary>The rule set, copied beside the sample.</summary>
    public static string RuleSetFile => Path.Combine(AppContext.BaseDirectory, "xushui-style-2023.json");

    /// <summary>The department's facts, copied beside the sample.</summary>
    public static string FactsFile => Path.Combine(AppContext.BaseDirectory, "xushui-hrss-2023.facts.json");

    /// <summary>Loads the rule set.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetLoadException">The file has errors; every one is listed.</exception>
    public static RuleSet LoadRuleSet() => RuleSetJson.LoadFile(RuleSetFile);

    /// <summary>Reads the department's facts.</summary>
    /// <returns>The facts.</returns>
    public static IReadOnlyList<object> ReadFacts() => FactsJson.ReadFile(FactsFile);

    /// <summary>Runs the sample.</summary>
    /// <param name="output">Where to print.</param>
    /// <param name="language">The language of the output; Chinese by default.</param>
    public static void Run(TextWriter output, Language language = Language.Chinese)
    {
        ArgumentNullException.ThrowIfNull(output);
        var ruleSet = LoadRuleSet();
        var card = new ScorecardEvaluator(ruleSet).Evaluate(ReadFacts());
        Print(output, ruleSet, card, language);
    }

    /// <summary>Prints a scorecard of the Xushui-style rule set, saying which figures are assumed.</summary>
    /// <param name="output">Where to print.</param>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="card">The scorecard.</param>
    /// <param name="language">The language of the output.</param>
    public static void Print(TextWriter output, RuleSet ruleSet, Scorecard card, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(card);
        var zh = language == Language.Chinese;
        var excluded = card.Indicators.Where(r => r.Outcome == IndicatorOutcome.NotApplicable).ToList();
        output.WriteLine(ruleSet.Name.Get(language));
        output.WriteLine(zh
            ? "被评价部门：保定市徐水区人力资源和社会保障局（2023年度部门整体绩效管理自评报告）"
            : "Department: Xushui District (Baoding) Human Resources and Social Security Bureau, 2023 self-assessment");
        output.WriteLine();
        output.WriteLine(zh
            ? $"分值为假设：自评报告只列出各类得分，未列出各类分值，所依据的考核办法（徐政财字〔2023〕73号）与自评表也未公开。本示例假设各类分值如下（合计{Num(ruleSet.MaximumScore)}分），其中{string.Join("、", excluded.Select(r => $"{r.Name.Chinese}{Num(r.Weight)}分"))}本部门不涉及，不计入适用分值。"
            : $"The weights are assumed: the self-assessment prints each category's score but no category's maximum, and the rules it follows (徐政财字〔2023〕73号) were not published. This sample assumes the weights below ({Num(ruleSet.MaximumScore)} in all); {string.Join(", ", excluded.Select(r => $"{r.Name.Get(language)} ({Num(r.Weight)})"))} did not arise for the department and leave the points that applied.");
        output.WriteLine();
        var width = zh ? 28 : 38;
        output.WriteLine(Row(zh ? "类别" : "Category", zh ? "假设分值" : "Assumed", zh ? "适用分值" : "Applied", zh ? "得分" : "Score"));
        foreach (var row in card.Indicators)
        {
            var name = $"{new string(' ', (row.Level - 1) * 2)}{row.Code} {row.Name.Get(language)}";
            var score = row.Outcome == IndicatorOutcome.NotApplicable ? (zh ? "不适用" : "n/a") : Num(row.Score);
            output.WriteLine(Row(name, Num(row.Weight), Num(row.EffectiveWeight), score));
        }

        output.WriteLine(Row(zh ? "合计" : "Total", Num(ruleSet.MaximumScore), Num(card.ApplicablePoints), Num(card.RawTotal)));
        output.WriteLine();
        foreach (var row in excluded)
        {
            output.WriteLine($"{row.Code} {row.Name.Get(language)}{(zh ? "：" : ": ")}{row.Note.Get(language)}");
        }

        output.WriteLine();
        output.WriteLine(zh
            ? $"换算得分=得分/适用分值×{Num(card.MaximumScore)}={Num(card.RawTotal)}/{Num(card.ApplicablePoints)}×{Num(card.MaximumScore)}={Num(card.ConvertedTotal)}分"
            : $"Converted score = score / points applied × {Num(card.MaximumScore)} = {Num(card.RawTotal)} / {Num(card.ApplicablePoints)} × {Num(card.MaximumScore)} = {Num(card.ConvertedTotal)}");
        if (ruleSet.Adjustments is { } policy && card.Adjustments is { } adjusted)
        {
            output.WriteLine(zh
                ? $"加减分（假设：参与财政改革创新每项加{Num(policy.BonusPerItem)}分、最多加{Num(policy.BonusCap)}分；存在问题每项扣{Num(policy.PenaltyPerItem)}分、最多扣{Num(policy.PenaltyCap)}分）：加{Num(adjusted.Bonus)}分，扣{Num(adjusted.Penalty)}分"
                : $"Bonus and penalty (assumed: reform and innovation +{Num(policy.BonusPerItem)} each, at most +{Num(policy.BonusCap)}; problems −{Num(policy.PenaltyPerItem)} each, at most −{Num(policy.PenaltyCap)}): +{Num(adjusted.Bonus)}, −{Num(adjusted.Penalty)}");
        }

        output.WriteLine(zh
            ? $"总分：{Num(card.Total)}分；等级：{card.Grade?.ChineseName}（假设：按全国通行的等级标准对换算得分评级，自评报告未评等级）"
            : $"Total: {Num(card.Total)}; grade: {card.Grade?.EnglishName} (assumed: the national bands applied to the converted score; the self-assessment gives no grade)");
        foreach (var problem in card.Problems)
        {
            output.WriteLine($"! [{problem.IndicatorCode}] {problem.FactType}.{problem.Field}: {problem.Message.Get(language)}");
        }

        string Row(string name, string weight, string applied, string score) =>
            Pad(name, width) + PadLeft(weight, 10) + PadLeft(applied, 10) + PadLeft(score, 8);
    }

    private static string Num(decimal? value) => value is { } v ? ReportFormat.Number(v) : "-";

    /// <summary>Pads on the right to a display width, counting CJK characters as two columns as terminals show them.</summary>
    private static string Pad(string text, int width) => text + new string(' ', Math.Max(1, width - Shown(text)));

    /// <summary>Pads on the left to a display width.</summary>
    private static string PadLeft(string text, int width) => new string(' ', Math.Max(1, width - Shown(text))) + text;

    private static int Shown(string text) => text.Sum(c => c >= '\u2E80' ? 2 : 1);
}
