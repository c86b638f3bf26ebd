using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;
using PerfRules.RuleSets.Tests.Golden;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>2.1.7 财务合规性: 6 less the judged findings, each citing its vouchers, floored at 0.</summary>
public sealed class FinancialComplianceTest
{
    private static EvaluatorFinding Finding(decimal points, string reason, params string[] vouchers) => new("2.1.7", points, new LocalizedText(reason), vouchers);

    private static IndicatorResult Score(params object[] facts) => RuleHarness.Score(new FinancialCompliance(), facts);

    [Fact]
    public void Golden_four_findings_of_half_a_point_score_4_and_cite_their_vouchers()
    {
        var result = RuleHarness.Score(new FinancialCompliance(), SuixiGolden.Facts());

        Assert.Equal(SuixiGolden.Verified("2.1.7"), result.Score);
        Assert.Equal(4, result.Deductions.Count);
        Assert.All(result.Deductions, d => Assert.Equal((0.5m, DeductionKind.Judged), (d.Points, d.Kind)));
        var vouchers = result.Deductions.SelectMany(d => d.Evidence).ToList();
        Assert.Contains("2022年12月60#凭证", vouchers);
        Assert.Contains("2022年8月87#凭证", vouchers);
        Assert.Contains(result.Deductions, d => d.Evidence.SequenceEqual(["2022年12月60#凭证", "2022年12月63#凭证"]));
    }

    [Fact]
    public void No_finding_scores_6()
    {
        Assert.Equal(6m, Score().Score);
    }

    [Fact]
    public void Findings_beyond_6_points_floor_at_0_and_the_deductions_add_up_to_6()
    {
        var findings = Enumerable.Range(1, 4).Select(i => (object)Finding(2m, $"问题{i}", $"2022年1月{i}#凭证"));

        var result = Score([.. findings]);

        Assert.Equal(0m, result.Score);
        Assert.Equal(6m, result.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void A_finding_without_evidence_is_an_error()
    {
        var result = Score(Finding(0.5m, "支出不规范"));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
        Assert.Contains(result.Problems, p => p.Field == nameof(EvaluatorFinding.Evidence));
    }

    [Fact]
    public void A_finding_larger_than_the_largest_part_is_an_error()
    {
        var result = Score(Finding(2.5m, "挪用资金", "2022年1月1#凭证"));

        Assert.Equal(IndicatorOutcome.Error, result.Outcome);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_findings()
    {
        var facts = SuixiGolden.Facts().OfType<EvaluatorFinding>().Where(f => f.IndicatorCode == "2.1.7").ToList<object>();

        var forward = Score([.. facts]);
        var backward = Score([.. Enumerable.Reverse(facts)]);

        Assert.Equal(forward, backward);
    }
}
