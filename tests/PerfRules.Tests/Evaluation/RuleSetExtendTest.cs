using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Tests.Evaluation;

/// <summary>
/// A rule set extended in C# (<see cref="RuleSet.Extend"/>): the base's content, changed row by row with Replace,
/// ReplaceGroup, Remove and RemoveRule, and checked as a whole when built. The base is
/// <see cref="TestRuleSet"/>: 1 (60) = 1.1 (40) + 1.2 (20); 2 (40) = 2.1 (40); a rule moving 1.2's points to 1.1.
/// </summary>
public sealed class RuleSetExtendTest
{
    private static readonly LocalizedText CountyName = new("某县评分表", "County table");

    private static RuleSet Base { get; } = TestRuleSet.Builder()
        .Jurisdiction("某省")
        .EffectiveYear(2022)
        .Adjustments(new AdjustmentPolicy(1m, 3m, 2m, 6m, 100m, 0m))
        .Build();

    [Fact]
    public void A_replaced_leaf_scores_by_its_new_rule_and_every_other_row_as_the_base_does()
    {
        var county = Base.Extend("County", "1", CountyName).Replace(new FixedScoreRule("1.1", "一一（本县）", 40m, 25m)).Build();

        var card = new ScorecardEvaluator(county).Evaluate(TestRuleSet.Scores(30m, 15m, 36m));
        var before = new ScorecardEvaluator(Base).Evaluate(TestRuleSet.Scores(30m, 15m, 36m));

        Assert.Equal(25m, card["1.1"].Score);
        Assert.Equal("一一（本县）", card["1.1"].Name.Chinese);
        Assert.Equal(15m, card["1.2"].Score);
        Assert.Equal(76m, card.Total);
        Assert.Equal("County", card.RuleSetId);
        Assert.Equal(30m, before["1.1"].Score);
        Assert.IsType<GivenScoreRule>(Base.IndicatorRules[0]);
    }

    [Fact]
    public void The_extended_rule_set_inherits_the_base_policies_and_further_rules()
    {
        var county = Base.Extend("County", "1", CountyName).Build();

        Assert.Equal(("某省", 2022, 100m, false), (county.Jurisdiction, county.EffectiveYear, county.MaximumScore, county.ConvertOverApplicablePoints));
        Assert.Same(Base.Adjustments, county.Adjustments);
        Assert.Same(Base.Grades, county.Grades);
        Assert.Equal(Base.Indicators.All, county.Indicators.All);
        Assert.Equal(Base.OtherRules, county.OtherRules);
        Assert.NotEqual(Base.ContentHash, county.ContentHash);
        Assert.Equal("某县评分表", county.Name.Chinese);
    }

    [Fact]
    public void The_builder_methods_override_inherited_policies()
    {
        var county = Base.Extend("County", "1", CountyName).Jurisdiction("某省某县").EffectiveYear(2023).ConvertOverApplicablePoints().Build();

        Assert.Equal(("某省某县", 2023, true), (county.Jurisdiction, county.EffectiveYear, county.ConvertOverApplicablePoints));
    }

    [Fact]
    public void Weights_changed_together_with_their_siblings_build()
    {
        var county = Base.Extend("County", "1", CountyName)
            .Replace(new FixedScoreRule("1.1", "一一", 30m, 30m))
            .Replace(new FixedScoreRule("1.2", "一二", 30m, 24m))
            .Build();

        Assert.Equal(30m, county.Indicators["1.2"].Weight);
        Assert.Equal(94m, new ScorecardEvaluator(county).Evaluate([new GivenScore("2.1", 40m)]).Total);
    }

    [Fact]
    public void A_group_replaced_with_its_weight_keeps_the_tree_adding_up()
    {
        var county = Base.Extend("County", "1", CountyName)
            .Replace(new FixedScoreRule("1.1", "一一", 50m, 50m))
            .ReplaceGroup("1", new LocalizedText("一（本县）"), 70m)
            .Replace(new FixedScoreRule("2.1", "二一", 30m, 30m))
            .ReplaceGroup("2", new LocalizedText("二"), 30m)
            .Build();

        Assert.Equal(70m, county.Indicators["1"].Weight);
        Assert.Equal("一（本县）", county.Indicators["1"].Name.Chinese);
        Assert.Equal(100m, county.Indicators.Roots.Sum(r => r.Weight));
    }

    [Fact]
    public void A_removed_group_takes_its_children_and_their_rules_and_a_new_leaf_takes_its_place()
    {
        var county = Base.Extend("County", "1", CountyName)
            .Remove("2")
            .Indicator(new FixedScoreRule("2", "二（本县，不再细分）", 40m, 33m))
            .Build();

        Assert.Equal(["1", "1.1", "1.2", "2"], county.Indicators.All.Select(i => i.Code));
        Assert.Equal(["1.1", "1.2", "2"], county.IndicatorRules.Select(r => r.Indicator.Code));
        Assert.Equal(78m, new ScorecardEvaluator(county).Evaluate(TestRuleSet.Scores(30m, 15m, null).Take(2)).Total);
    }

    [Fact]
    public void A_removed_reallocation_rule_no_longer_moves_points()
    {
        var county = Base.Extend("County", "1", CountyName).RemoveRule("Move 1.2 to 1.1").Build();
        // 1.2 does not apply; the base moves its 20 points to 1.1, the county does not.
        object[] facts = [.. TestRuleSet.Scores(35m, null, 40m), new MovePoints()];

        var inBase = new ScorecardEvaluator(Base).Evaluate(facts);
        var inCounty = new ScorecardEvaluator(county).Evaluate(facts);

        Assert.Equal(60m, inBase["1.1"].EffectiveWeight);
        Assert.Equal(40m, inCounty["1.1"].EffectiveWeight);
        Assert.Empty(county.OtherRules);
        Assert.Equal((IndicatorOutcome.Scored, 35m), (inCounty["1.1"].Outcome, inCounty["1.1"].Score));
    }

    [Fact]
    public void Every_problem_of_the_changes_and_of_the_resulting_tree_is_reported_at_once()
    {
        var builder = Base.Extend("County", "1", CountyName)
            .Replace(new FixedScoreRule("1.1", "一一", 30m, 30m))
            .Replace(new FixedScoreRule("9.9", "九九", 1m, 1m))
            .Replace(new FixedScoreRule("2", "二", 40m, 40m))
            .ReplaceGroup("2.1", new LocalizedText("二一"), 40m)
            .Remove("7")
            .RemoveRule("1.2 一二")
            .RemoveRule("No such rule");

        var error = Assert.Throws<RuleSetException>(builder.Build);

        Assert.Equal(
        [
            "Replace(FixedScoreRule): there is no leaf 9.9 to replace; add a new leaf with Indicator.",
            "Replace(FixedScoreRule): 2 is a group, not a leaf; Remove(\"2\") and add the rule with Indicator to score it as a leaf.",
            "ReplaceGroup: 2.1 is a leaf, not a group; use Replace to change its rule.",
            "Remove: there is no indicator 7 to remove.",
            "RemoveRule: '1.2 一二' scores an indicator; remove the indicator with Remove or change its rule with Replace.",
            "RemoveRule: there is no rule named 'No such rule'; the rules that score no indicator are: 'Move 1.2 to 1.1'.",
            "1 一 weighs 60, but its children 1.1, 1.2 add up to 50.",
        ],
        error.Problems);
    }

    [Fact]
    public void A_leaf_added_again_instead_of_replaced_is_reported_with_the_way_to_replace_it()
    {
        var builder = Base.Extend("County", "1", CountyName).Indicator(new FixedScoreRule("1.1", "一一", 40m, 40m));

        var error = Assert.Throws<RuleSetException>(builder.Build);

        Assert.Equal(
        [
            "1.1 is scored by 2 rules (GivenScoreRule, FixedScoreRule); give each leaf one rule (to change 1.1 of Test, use Replace rather than Indicator).",
            "Two rules are named '1.1 一一'; rule names must be unique.",
        ],
        error.Problems);
    }

    [Fact]
    public void An_extended_rule_set_with_its_base_id_and_version_is_rejected()
    {
        var error = Assert.Throws<RuleSetException>(Base.Extend(Base.Id, Base.Version, CountyName).Build);

        Assert.Equal("The rule set extends Test 1 and has the same id and version; give it its own, so that scorecards tell them apart.", Assert.Single(error.Problems));
        Assert.Equal("2", Base.Extend(Base.Id, "2", CountyName).Build().Version);
    }

    /// <summary>A leaf that always scores the same points, the replacement the tests put in.</summary>
    private sealed class FixedScoreRule(string code, string name, decimal weight, decimal points) : IndicatorRule
    {
        public override IndicatorDefinition Indicator { get; } = new(code, new LocalizedText(name), weight, new LocalizedText("本县标准"));

        public override void Define()
        {
            ScoringEnvironment environment = null!;
            When()
                .Match(() => environment);
            Then()
                .Yield(_ => Score());
        }

        private IndicatorResult Score()
        {
            Deduction[] lost = points < Weight ? [Deduction.Computed(Weight - points, Name, new LocalizedText($"扣{Weight - points}分"))] : [];
            return Scored(points, new LocalizedText($"得{points}分"), deductions: lost);
        }
    }
}
