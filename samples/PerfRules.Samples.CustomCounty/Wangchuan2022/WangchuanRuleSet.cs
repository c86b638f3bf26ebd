using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.RuleSets;

namespace PerfRules.Samples.CustomCounty.Wangchuan2022;

/// <summary>
/// 望川县 (Wangchuan County) is fictional: no such county exists. It stands for a county that adopts the Suixi 2022
/// table (<see cref="BuiltInRuleSets.GuangdongSuixi2022"/>) and changes three rows, the kind of changes a county
/// finance bureau makes to a table it borrows: stricter carry-over bands (2.1.3), procurement scored in tiers with
/// "no budget" and "over budget" scoring 0 (2.1.6), and a deadline rule that deducts per day late (3.1.3). Everything
/// else, including the 2.1.5 → 2.1.2 reallocations and the bonus and penalty caps, is Suixi's.
/// </summary>
/// <remarks>The same county written as JSON is wangchuan-2022.json beside this project.</remarks>
public static class WangchuanRuleSet
{
    /// <summary>Builds the county's rule set: Suixi 2022 with three rows replaced.</summary>
    /// <returns>The rule set.</returns>
    public static RuleSet Build()
    {
        // <extend>
        RuleSet county = BuiltInRuleSets.GuangdongSuixi2022
            .Extend("Wangchuan2022", "1.0.0", new LocalizedText(
                "望川县部门整体支出绩效评价指标（2022年度，虚构示例）",
                "Wangchuan County whole-department expenditure performance evaluation (2022, fictional example)"))
            .Jurisdiction("广东省望川县（虚构）")
            .Replace(new StricterCarryOverRate())          // 2.1.3: full marks only up to 5%
            .Replace(new TieredProcurementExecution())     // 2.1.6: tiers instead of a proportion
            .Replace(new SelfEvaluationDisclosureByDay())  // 3.1.3: 0.5 per day late instead of a flat half
            .Build();                                      // checks the whole table, every problem at once
        // </extend>
        return county;
    }
}
