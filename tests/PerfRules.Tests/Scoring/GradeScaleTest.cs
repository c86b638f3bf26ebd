using PerfRules.Results;
using PerfRules.Scoring;
using PerfRules.Tests.Support;

namespace PerfRules.Tests.Scoring;

public sealed class GradeScaleTest
{
    [Fact]
    public void Suixi_80_81_is_good()
    {
        var grade = GradeScale.Default.Classify(80.81m);
        Assert.Equal(Grade.Good, grade);
        Assert.Equal("良", grade.ChineseName);
        Assert.Equal("Good", grade.Name(Language.English));
    }

    [Theory]
    [InlineData("100", "优")]
    [InlineData("90", "优")]
    [InlineData("89.99", "良")]
    [InlineData("80", "良")]
    [InlineData("79.99", "中")]
    [InlineData("60", "中")]
    [InlineData("59.99", "差")]
    [InlineData("0", "差")]
    public void Default_grades_include_their_lower_bound(string total, string grade)
    {
        Assert.Equal(grade, GradeScale.Default.Classify(Dec.Parse(total)).ChineseName);
    }

    [Fact]
    public void Grades_have_Chinese_and_English_names()
    {
        Assert.Equal(
            ["优 Excellent", "良 Good", "中 Fair", "差 Poor"],
            GradeScale.Default.Bands.Select(b => $"{b.Grade.ChineseName} {b.Grade.EnglishName}"));
    }

    [Fact]
    public void A_custom_scale_with_overlapping_bands_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new GradeScale(
            new GradeBand(Interval.AtLeast(85m), Grade.Excellent),
            new GradeBand(Interval.Closed(70m, 85m), Grade.Good)));
        Assert.Contains("[85, +∞)", e.Message);
    }

    [Fact]
    public void A_total_in_no_band_of_a_custom_scale_is_an_error()
    {
        var scale = new GradeScale(new GradeBand(Interval.AtLeast(60m), new Grade("合格", "Pass")));
        Assert.Equal("合格", scale.Classify(60m).ChineseName);
        Assert.Throws<MetricOutsideBandsException>(() => scale.Classify(59.99m));
    }
}
