using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>Indicators 2.2.1 to 4.4.2, each run alone over every golden fact, give the published verified scores.</summary>
public sealed class GoldenOversightAndEffectTest
{
    // A fresh rule per use: a rule's Define() runs once per repository it is added to.
    private static IndicatorRule[] Rules() =>
    [
        new ProjectImplementationProcedure(),
        new ProjectSupervision(),
        new AssetManagementCompliance(),
        new FixedAssetUtilizationRate(),
        new BudgetAndFinalAccountsDisclosure(),
        new PerformanceTargetDisclosure(),
        new SelfEvaluationDisclosure(),
        new SelfEvaluationOrganization(),
        new SelfEvaluationTimeliness(),
        new SelfEvaluationQuality(),
        new OperatingExpenseControl(),
        new KeyWorkEfficiency(),
        new TargetAchievementEfficiency(),
        new ProjectCompletionTimeliness(),
        new SocialEconomicBenefit(),
        new PetitionResponse(),
        new PublicSatisfaction(),
    ];

    public static TheoryData<string> Codes() => [.. Rules().Select(r => r.Indicator.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Indicator_scores_the_published_verified_score(string code)
    {
        var rule = Rules().Single(r => r.Indicator.Code == code);

        var result = RuleHarness.Score(rule, SuixiGolden.Facts());

        Assert.Equal(IndicatorOutcome.Scored, result.Outcome);
        Assert.Equal(SuixiGolden.Verified(code), result.Score);
        Assert.Equal(result.EffectiveWeight - result.Score, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void Each_indicator_weight_matches_the_golden_table()
    {
        foreach (var rule in Rules())
        {
            var weight = SuixiGolden.Root.GetProperty("indicators").EnumerateArray()
                .Single(i => i.GetProperty("code").GetString() == rule.Indicator.Code).GetProperty("weight").GetDecimal();
            Assert.Equal(weight, rule.Indicator.Weight);
        }
    }
}
