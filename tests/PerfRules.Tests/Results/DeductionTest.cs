using PerfRules.Results;

namespace PerfRules.Tests.Results;

public sealed class DeductionTest
{
    [Fact]
    public void A_judged_deduction_carries_its_evidence()
    {
        var deduction = Deduction.Judged(0.5m, "2.1.7 财务合规性", new LocalizedText("个别资金支出不规范"), "2022年12月60#凭证", "2022年12月63#凭证");

        Assert.Equal(DeductionKind.Judged, deduction.Kind);
        Assert.Equal(["2022年12月60#凭证", "2022年12月63#凭证"], deduction.Evidence);
        Assert.Empty(deduction.Inputs);
    }

    [Fact]
    public void A_computed_deduction_carries_its_inputs()
    {
        var input = ScoringInput.Of(new LocalizedText("公用经费决算数"), 797_800m, ValueUnit.WanYuan, "OperatingExpenses", "Final");
        var deduction = Deduction.Computed(2m, "4.1.1 公用经费控制率", new LocalizedText("决算数大于预算数，不得分"), input);

        Assert.Equal(DeductionKind.Computed, deduction.Kind);
        Assert.Equal(input, Assert.Single(deduction.Inputs));
    }

    [Fact]
    public void A_deduction_takes_a_positive_number_of_points_and_names_its_rule()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Deduction.Judged(0m, "rule", new LocalizedText("无")));
        Assert.Throws<ArgumentException>(() => Deduction.Judged(1m, " ", new LocalizedText("无")));
    }

    [Fact]
    public void Deductions_with_the_same_content_are_equal()
    {
        Assert.Equal(
            Deduction.Judged(0.5m, "r", new LocalizedText("甲"), "凭证1"),
            Deduction.Judged(0.50m, "r", new LocalizedText("甲"), ["凭证1"]));
    }
}
