namespace PerfRules.Cli.Tests;

/// <summary><c>perfrules explain</c>: everything behind one indicator's score.</summary>
public sealed class ExplainCommandTest
{
    [Fact]
    public void Expenditure_completion_rate_shows_99_35_percent_the_band_4_5_points_and_the_gain()
    {
        var run = Tool.Run("explain", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--indicator", "2.1.2");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Out.Split('\n');
        Assert.Equal("2.1.2 支出完成率", lines[0]);
        Assert.Contains("路径：预算执行情况 / 支出管理 / 支出完成率", lines);
        Assert.Contains("权重：4；调整后分值：6", lines);
        Assert.Contains("得分：4.5（已评分）；自评：4", lines);
        Assert.Contains("    = 15635713.52/(549070.93+15188214.45+0) = 99.35%", lines);
        Assert.Contains("    年度实际支出：15635713.52元（BudgetExecution.ActualExpenditure）", lines);
        Assert.Contains("档次：99.35% ∈ [90%, 100%)，得3分", lines);
        Assert.Contains(lines, l => l.StartsWith("  -1.5 支出完成率=", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  +1.5 支出完成率99.35%→100.00%（BudgetExecution.ActualExpenditure：15635713.52→15737285.38）", StringComparison.Ordinal));
    }

    [Fact]
    public void Judged_deductions_show_their_evidence_in_English()
    {
        var run = Tool.Run("explain", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--indicator", "2.1.7", "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Score: 4 (scored); self-assessed: 6", run.Out);
        Assert.Contains("(judged)", run.Out);
        Assert.Contains("      Evidence: 2022年12月60#凭证, 2022年12月63#凭证", run.Out);
    }

    [Fact]
    public void Group_indicator_lists_its_indicators()
    {
        var run = Tool.Run("explain", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--indicator", "2.1");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("  2.1.2 支出完成率: 4.5 / 6", run.Out);
        Assert.Contains("+1.5 2.1.2 支出完成率99.35%", run.Out);
    }

    [Fact]
    public void Unknown_indicator_exits_2_listing_the_codes()
    {
        var run = Tool.Run("explain", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts, "--indicator", "9.9.9");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--indicator 9.9.9: the rule set GuangdongSuixi2022 has no such indicator; its indicators are: 1, 1.1, 1.1.1,", run.Error);
    }
}
