using PerfRules.Facts;
using PerfRules.Tests.Support;

namespace PerfRules.Tests.Facts;

public sealed class SuixiFactsTest
{
    [Fact]
    public void Every_fact_of_the_golden_case_is_consistent()
    {
        var problems = Suixi.Facts.SelectMany(f => f.Validate()).ToList();
        Assert.Empty(problems);
    }

    [Fact]
    public void Final_accounts_as_printed_are_published_before_their_approval()
    {
        var problem = Assert.Single(Suixi.FinalAccountsAsPrinted.Validate());

        Assert.Equal("Disclosure", problem.FactType);
        Assert.Equal("PublishedOn", problem.Field);
        Assert.Null(problem.IndicatorCode);
        Assert.Equal("公开日期（2022年9月15日）早于批复日期（2023年9月4日），日期有误", problem.Message.Chinese);
        Assert.Equal("PublishedOn (2022-09-15) is before ApprovedOn (2023-09-04): one of the dates is wrong", problem.Message.English);
        Assert.Equal("3.1.1", problem.ForIndicator("3.1.1").IndicatorCode);
    }

    [Fact]
    public void Facts_compare_by_value()
    {
        Assert.Equal(
            new EvaluatorFinding("2.1.7", 0.5m, new("甲"), "2022年12月47#凭证"),
            new EvaluatorFinding("2.1.7", 0.5m, new("甲"), ["2022年12月47#凭证"]));
    }
}
