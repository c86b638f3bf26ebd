using PerfRules.Results;

namespace PerfRules.Tests.Results;

public sealed class ScoringInputTest
{
    private static readonly LocalizedText RevenueBudget = new("预算收入", "budgeted revenue");

    [Fact]
    public void A_wan_yuan_input_holds_yuan_and_shows_wan_yuan_in_Chinese_and_millions_in_English()
    {
        var input = ScoringInput.Of(RevenueBudget, 10_303_600m, ValueUnit.WanYuan, "BudgetExecution", "FiscalAppropriationRevenueBudget");

        Assert.Equal(10_303_600m, input.Value);
        Assert.Equal("1030.36", input.FormatNumber());
        Assert.Equal("10.3036", input.FormatNumber(Language.English));
        Assert.Equal(new LocalizedText("预算收入1030.36万元", "budgeted revenue 10.3036 million yuan"), input.Describe());
        Assert.Equal("BudgetExecution", input.SourceFact);
        Assert.Equal("FiscalAppropriationRevenueBudget", input.SourceField);
    }

    [Fact]
    public void Text_and_date_inputs_show_as_stated()
    {
        Assert.Equal("二等奖", ScoringInput.OfText(new LocalizedText("考核结果"), "二等奖").FormatValue());
        var date = ScoringInput.OfDate(new LocalizedText("公开日期", "published on"), new DateOnly(2023, 5, 5));
        Assert.Equal("公开日期2023年5月5日", date.Describe().Chinese);
        Assert.Equal("published on 2023-05-05", date.Describe().English);
    }

    [Fact]
    public void An_input_has_exactly_one_value()
    {
        Assert.Throws<ArgumentException>(() => new ScoringInput(RevenueBudget, 1m, "一", null, ValueUnit.None, null, null));
        Assert.Throws<ArgumentException>(() => new ScoringInput(RevenueBudget, null, null, null, ValueUnit.None, null, null));
    }
}
