using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>2.1.1 保障措施健全性: rules exist and are sound → 2; shortcomings are judged deductions; no rules → 0.</summary>
public sealed class SafeguardSoundnessTest
{
    private static ChecklistAnswer Rules(bool met, string? note = null) => new("2.1.1", "1", met, note);

    private static IndicatorResult Score(params object[] facts) => RuleHarness.Score(new SafeguardSoundness(), facts);

    [Fact]
    public void Golden_facts_score_2_and_name_the_rules_found()
    {
        var result = RuleHarness.Score(new SafeguardSoundness(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("2.1.1"), result.Score);
        Assert.Empty(result.Deductions);
    }

    [Fact]
    public void Rules_with_a_shortcoming_lose_the_judged_points()
    {
        var result = Score(Rules(true, "《财务管理制度》"), new EvaluatorFinding("2.1.1", 0.5m, new LocalizedText("缺少项目管理制度")));

        Assert.Equal(1.5m, result.Score);
        Assert.Contains("缺少项目管理制度", Assert.Single(result.Deductions).Reason.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void No_rules_at_all_score_0()
    {
        var result = Score(Rules(false, "未制定内部控制制度"));

        Assert.Equal(0m, result.Score);
        Assert.Equal(2m, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void No_answer_is_missing_data()
    {
        var result = Score();

        Assert.Equal(IndicatorOutcome.MissingData, result.Outcome);
        Assert.Contains(result.Problems, p => p.FactType == nameof(ChecklistAnswer) && p.IndicatorCode == "2.1.1");
    }

    [Fact]
    public void A_finding_larger_than_the_indicator_is_an_error()
    {
        var result = Score(Rules(true), new EvaluatorFinding("2.1.1", 2.5m, new LocalizedText("制度不健全")));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }
}
