using PerfRules.Engine;
using PerfRules.RuleSets.GuangdongSuixi2022;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

public sealed class SuixiRuleSetTest
{
    /// <summary>
    /// The rule set lists its rules by hand, for a fast cold start: a rule class added to the namespace but not to the
    /// list would silently not score, so the list must name every concrete rule class of the namespace, each once.
    /// </summary>
    [Fact]
    public void Rules_lists_every_rule_class_of_the_namespace_once()
    {
        var declared = typeof(SuixiRuleSet).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(SuixiRuleSet).Namespace && t is { IsClass: true, IsAbstract: false } && typeof(Rule).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);

        var listed = SuixiRuleSet.Rules().Select(r => r.GetType().FullName).Order(StringComparer.Ordinal);

        Assert.Equal(declared, listed);
    }

    [Fact]
    public void Built_rule_set_has_the_29_leaf_rules_in_table_order_and_the_two_reallocations_in_name_order()
    {
        var ruleSet = BuiltInRuleSets.GuangdongSuixi2022;

        Assert.Equal(ruleSet.Indicators.Leaves.Select(l => l.Code), ruleSet.IndicatorRules.Select(r => r.Indicator.Code));
        Assert.Equal(29, ruleSet.IndicatorRules.Count);
        Assert.Equal(
            [nameof(SubordinateBudgetPointsToCompletionRate), nameof(TransferPaymentPointsToCompletionRate)],
            ruleSet.OtherRules.Select(r => r.GetType().Name));
    }
}
