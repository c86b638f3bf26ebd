namespace PerfRules.Cli.Tests;

/// <summary><c>perfrules gains</c>: where points could be won back, most first.</summary>
public sealed class GainsCommandTest
{
    [Fact]
    public void Suixi_gains_are_ranked_by_points_with_the_completion_rate_among_them()
    {
        var run = Tool.Run("gains", "--rules", Tool.Suixi, "--facts", Tool.SuixiFacts);

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Out.Split('\n');
        Assert.Equal("遂溪县人力资源和社会保障局: 80.81 良", lines[0]);
        var ranked = lines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ *\d+\. \+")).ToList();
        var points = ranked.Select(l => decimal.Parse(l.Split('+')[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(points.OrderByDescending(p => p), points);
        Assert.Contains(ranked, l => l.Contains("+1.5   2.1.2 支出完成率 [指标值]", StringComparison.Ordinal));
        Assert.Contains("支出完成率99.35%→100.00%（BudgetExecution.ActualExpenditure：15635713.52→15737285.38），可增加1.5分", run.Out);
    }
}
