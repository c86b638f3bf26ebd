using PerfRules.Explanations;
using PerfRules.Results;

namespace PerfRules.Tests.Explanations;

public sealed class ReportFormatTest
{
    [Theory]
    [InlineData(10_303_600, "1030.36")]
    [InlineData(208_800, "20.88")]
    [InlineData(10_000_000, "1000.00")]
    public void Yuan_show_as_wan_yuan_with_two_decimals(int yuan, string expected)
    {
        Assert.Equal(expected, ReportFormat.WanYuan(yuan));
    }

    [Fact]
    public void Suixi_final_revenue_shows_as_1518_82_wan_yuan()
    {
        Assert.Equal("1518.82万元", ReportFormat.Quantity(15_188_214.45m, ValueUnit.WanYuan));
        Assert.Equal("15.1882 million yuan", ReportFormat.Quantity(15_188_214.45m, ValueUnit.WanYuan, Language.English));
    }

    [Fact]
    public void Rates_show_as_percentages_with_two_decimals_and_bounds_without_trailing_zeros()
    {
        Assert.Equal("47.41%", ReportFormat.Percent(4_884_614.45m / 10_303_600m));
        Assert.Equal("0.65%", ReportFormat.Percent(0.0065m));
        Assert.Equal("100.00%", ReportFormat.Percent(1m));
        Assert.Equal("5%", ReportFormat.PercentBound(0.05m));
        Assert.Equal("-15%", ReportFormat.PercentBound(-0.15m));
    }

    [Fact]
    public void Points_show_without_trailing_zeros()
    {
        Assert.Equal("扣3分", ReportFormat.Deducted(3.00m).Chinese);
        Assert.Equal("扣0.5分", ReportFormat.Deducted(0.50m).Chinese);
        Assert.Equal("得4.31分", ReportFormat.Awarded(4.3125m).Chinese);
        Assert.Equal("3 points deducted", ReportFormat.Deducted(3m).English);
        Assert.Equal("1 point deducted", ReportFormat.Deducted(1.0m).English);
        Assert.Equal("scores 4.5 points", ReportFormat.Awarded(4.5m).English);
    }

    [Fact]
    public void Whole_and_half_points_up_to_twenty_share_one_text_and_read_as_any_other()
    {
        Assert.Same(ReportFormat.Deducted(3m), ReportFormat.Deducted(3.00m));
        Assert.Same(ReportFormat.Awarded(0.5m), ReportFormat.Awarded(0.50m));
        Assert.Same(ReportFormat.Deducted(20m), ReportFormat.Deducted(20.0m));
        Assert.NotSame(ReportFormat.Deducted(3m), ReportFormat.Awarded(3m));
        Assert.NotSame(ReportFormat.Deducted(0.25m), ReportFormat.Deducted(0.25m));
        Assert.NotSame(ReportFormat.Deducted(20.5m), ReportFormat.Deducted(20.5m));
        Assert.NotSame(ReportFormat.Deducted(-1m), ReportFormat.Deducted(-1m));
        Assert.NotSame(ReportFormat.Deducted(1.500m), ReportFormat.Deducted(1.500m));
        Assert.Equal("扣1.5分", ReportFormat.Deducted(1.500m).Chinese);
        Assert.Equal("扣0分", ReportFormat.Deducted(-0m).Chinese);

        for (var halves = 0; halves <= 44; halves++)
        {
            var points = halves / 2m;
            var shown = ReportFormat.Points(points);
            var (deducted, awarded) = (ReportFormat.Deducted(points), ReportFormat.Awarded(points));
            var plural = points == 1m ? "point" : "points";
            Assert.Equal(new LocalizedText($"扣{shown}分", $"{shown} {plural} deducted"), deducted);
            Assert.Equal(new LocalizedText($"得{shown}分", $"scores {shown} {plural}"), awarded);
            Assert.Equal(deducted.GetHashCode(), new LocalizedText($"扣{shown}分", $"{shown} {plural} deducted").GetHashCode());
        }
    }

    [Fact]
    public void Yuan_show_to_the_fen_without_trailing_zeros()
    {
        Assert.Equal("219686", ReportFormat.Yuan(219_686.00m));
        Assert.Equal("15635713.52", ReportFormat.Yuan(15_635_713.52m));
        Assert.Equal("0", ReportFormat.Yuan(0m));
    }

    [Fact]
    public void Dates_show_as_the_report_writes_them()
    {
        Assert.Equal("2023年4月30日", ReportFormat.Date(new DateOnly(2023, 4, 30)));
        Assert.Equal("2023-04-30", ReportFormat.Date(new DateOnly(2023, 4, 30), Language.English));
    }

    [Fact]
    public void Quantities_carry_their_Chinese_or_English_unit()
    {
        Assert.Equal("5天", ReportFormat.Quantity(5m, ValueUnit.Days));
        Assert.Equal("42件", ReportFormat.Quantity(42m, ValueUnit.Cases));
        Assert.Equal("1 day", ReportFormat.Quantity(1m, ValueUnit.Days, Language.English));
        Assert.Equal("4 persons", ReportFormat.Quantity(4m, ValueUnit.Persons, Language.English));
    }
}
