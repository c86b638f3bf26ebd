using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;
using PerfRules.RuleSets;
using PerfRules.Samples.CustomCounty;
using PerfRules.Samples.CustomCounty.Wangchuan2022;

namespace PerfRules.Samples.Tests.CustomCounty;

/// <summary>
/// The fictional 望川县's rule set: Suixi 2022 with 2.1.3, 2.1.6 and 3.1.3 replaced. Each row is checked at the values
/// its criteria name, from the Suixi department's facts with one fact changed; every other row must score as Suixi's.
/// </summary>
public sealed class WangchuanRuleSetTest
{
    private static readonly RuleSet County = WangchuanRuleSet.Build();
    private static readonly ScorecardEvaluator Evaluator = new(County);
    private static readonly IReadOnlyList<object> Department = FactsJson.ReadFile(CustomCountySample.FactsFile);

    private static IReadOnlyList<object> With<T>(Func<T, T> change)
        where T : class => [.. Department.Select(f => f is T fact ? change(fact) : f)];

    private static IReadOnlyList<object> SelfEvaluationPublished(DateOnly? on) =>
        With<Disclosure>(d => d.Kind == DisclosureKind.SelfEvaluation ? d with { PublishedOn = on } : d);

    [Fact]
    public void The_county_keeps_everything_else_of_the_Suixi_table()
    {
        var suixi = BuiltInRuleSets.GuangdongSuixi2022;
        var asSuixi = new ScorecardEvaluator(suixi).Evaluate(Department);
        var asCounty = Evaluator.Evaluate(Department);

        Assert.Equal(("Wangchuan2022", "广东省望川县（虚构）", 2022), (County.Id, County.Jurisdiction, County.EffectiveYear));
        Assert.Equal(suixi.Indicators.All.Select(i => (i.Code, i.Weight)), County.Indicators.All.Select(i => (i.Code, i.Weight)));
        Assert.Equal(suixi.OtherRules, County.OtherRules);
        Assert.Same(suixi.Adjustments, County.Adjustments);
        Assert.All(
            asCounty.Indicators.Where(r => r.Code is not ("2.1.3" or "2.1.6" or "3.1.3" or "2.1" or "3.1" or "2" or "3")),
            row => Assert.Equal(asSuixi[row.Code], row));
        Assert.Equal(6m, asCounty["2.1.2"].EffectiveWeight);
        Assert.True(asCounty.IsComplete, string.Join("; ", asCounty.Problems));
    }

    [Fact]
    public void The_county_rule_set_lints_clean()
    {
        // Criteria on every leaf, and the new bands of 2.1.3 and 2.1.6 cover their domains without gap or overlap.
        RuleSetLinter.Lint(County).ThrowIfAny(LintSeverity.Info);
    }

    [Theory]
    [InlineData(0.05, 3)]
    [InlineData(0.0500001, 2)]
    [InlineData(0.10, 2)]
    [InlineData(0.15, 1)]
    [InlineData(0.1500001, 0)]
    public void Carry_over_bands_are_the_county_stricter_ones(double rate, int points)
    {
        var moved = new StricterCarryOverRate().Adjust(Department, (decimal)rate)!;

        var row = Evaluator.Evaluate(moved.Facts)["2.1.3"];

        Assert.Equal(points, row.Score);
        Assert.Equal((decimal)rate, row.Metric!.Value);
    }

    [Theory]
    [InlineData(0, 0, 2, "未编制政府采购预算且未发生政府采购")]
    [InlineData(0, 219686, 0, "无预算采购")]
    [InlineData(300000, 300000, 2, "政府采购执行率=300000/300000=100.00%，得2分")]
    [InlineData(300000, 285000, 2, "=95.00%，得2分")]
    [InlineData(300000, 284999.99, 1, "=95.00%，得1分")]
    [InlineData(300000, 240000, 1, "=80.00%，得1分")]
    [InlineData(300000, 239999.99, 0, "=80.00%，得0分")]
    [InlineData(300000, 300000.01, 0, "超预算采购")]
    public void Procurement_is_scored_in_tiers_and_no_budget_or_over_budget_scores_0(double planned, double actual, int points, string note)
    {
        var row = Evaluator.Evaluate(With<Procurement>(_ => new Procurement((decimal)planned, (decimal)actual)))["2.1.6"];

        Assert.Equal(points, row.Score);
        Assert.Contains(note, row.Note.Chinese, StringComparison.Ordinal);
        Assert.Equal(2 - points, row.Deductions.Sum(d => d.Points));
    }

    [Theory]
    [InlineData("2023-04-30", 2)]
    [InlineData("2023-05-01", 1.5)]
    [InlineData("2023-05-03", 0.5)]
    [InlineData("2023-05-04", 0)]
    [InlineData("2023-05-05", 0)]
    public void Self_evaluation_materials_lose_half_a_point_per_day_late(string published, double points)
    {
        var row = Evaluator.Evaluate(SelfEvaluationPublished(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)))["3.1.3"];

        Assert.Equal((decimal)points, row.Score);
        Assert.Equal(2m - (decimal)points, row.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void Self_evaluation_materials_not_published_score_0_and_without_a_deadline_lack_data()
    {
        var unpublished = Evaluator.Evaluate(SelfEvaluationPublished(null))["3.1.3"];
        var undated = Evaluator.Evaluate(With<Disclosure>(d => d.Kind == DisclosureKind.SelfEvaluation ? d with { Deadline = null } : d))["3.1.3"];

        Assert.Equal((0m, "未公开自评材料，不得分"), (unpublished.Score!.Value, unpublished.Note.Chinese));
        Assert.Equal(IndicatorOutcome.MissingData, undated.Outcome);
        Assert.Equal(("Disclosure", "Deadline"), (undated.Problems[0].FactType, undated.Problems[0].Field));
    }

    [Fact]
    public void A_deadline_in_days_after_approval_counts_from_the_approval()
    {
        // Approved 2023-04-20, 10 days: due 2023-04-30; published 2023-05-02 is 2 days late.
        var facts = With<Disclosure>(d => d.Kind == DisclosureKind.SelfEvaluation
            ? d with { ApprovedOn = new DateOnly(2023, 4, 20), DayLimit = 10, Deadline = null, PublishedOn = new DateOnly(2023, 5, 2) }
            : d);

        var row = Evaluator.Evaluate(facts)["3.1.3"];

        Assert.Equal(1m, row.Score);
        Assert.Contains("逾期2天", row.Note.Chinese, StringComparison.Ordinal);
    }
}
