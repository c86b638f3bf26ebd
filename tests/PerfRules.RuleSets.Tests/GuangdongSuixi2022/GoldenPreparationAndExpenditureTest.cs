using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>Every rule of 1.x and 2.1.x, run alone over the golden facts, gives its published verified score.</summary>
public sealed class GoldenPreparationAndExpenditureTest
{
    private static readonly Dictionary<string, Func<IndicatorRule>> Rules = new()
    {
        ["1.1.1"] = () => new BudgetPreparationReasonableness(),
        ["1.1.2"] = () => new BudgetPreparationConformity(),
        ["1.1.3"] = () => new BudgetPreparationAccuracy(),
        ["1.2.1"] = () => new TargetCompleteness(),
        ["1.2.2"] = () => new TargetSoundness(),
        ["2.1.1"] = () => new SafeguardSoundness(),
        ["2.1.2"] = () => new ExpenditureCompletionRate(),
        ["2.1.3"] = () => new CarryOverRate(),
        ["2.1.4"] = () => new IdleTreasuryFundsEfficiency(),
        ["2.1.5"] = () => new FundIssuingLegality(),
        ["2.1.6"] = () => new ProcurementExecutionRate(),
        ["2.1.7"] = () => new FinancialCompliance(),
    };

    public static TheoryData<string> Codes() => [.. Rules.Keys];

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_rule_gives_the_published_verified_score(string code)
    {
        var result = RuleHarness.Score(Rules[code](), SuixiGolden.Facts(), new TransferPaymentPointsToCompletionRate(), new SubordinateBudgetPointsToCompletionRate());

        Assert.True(result.Outcome == IndicatorOutcome.Scored, $"{code}: {result.Outcome} {string.Join("; ", result.Problems)}");
        Assert.Equal(SuixiGolden.Verified(code), result.Score);
        Assert.Equal(result.EffectiveWeight - result.Score, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void The_reallocation_keeps_2_1_at_23_points()
    {
        var weights = Rules.Where(r => r.Key.StartsWith("2.1.", StringComparison.Ordinal))
            .Select(r => RuleHarness.Score(r.Value(), SuixiGolden.Facts(), new TransferPaymentPointsToCompletionRate(), new SubordinateBudgetPointsToCompletionRate()))
            .ToDictionary(r => r.Code, r => r.EffectiveWeight);

        Assert.Equal((6m, 1m), (weights["2.1.2"], weights["2.1.5"]));
        Assert.Equal(23m, weights.Values.Sum());
    }
}
