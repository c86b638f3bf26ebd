using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The average block: 重点工作完成效率 = (85/100 + 87.5/100) / 2 × 5 = 4.31.</summary>
public sealed class AverageBlockTest
{
    private const string Block = """
        {
          "kind": "average",
          "name": "重点工作",
          "fullMark": 100,
          "results": [
            "one(ExternalAssessment where Name == '“四个全面”绩效考核').EffectiveScore",
            "one(ExternalAssessment where Name == '乡村振兴战略实绩考核').EffectiveScore"
          ]
        }
        """;

    private static readonly object[] Suixi =
    [
        new ExternalAssessment("“四个全面”绩效考核", null, "二等奖", 85m),
        new ExternalAssessment("乡村振兴战略实绩考核", 87.5m),
    ];

    [Fact]
    public void The_mean_over_the_full_mark_times_the_points_rounds_half_away_from_zero()
    {
        var row = Documents.Score(5, Block, Suixi);

        Assert.Equal(4.31m, row.Score);
        Assert.Equal(0.69m, Assert.Single(row.Deductions).Points);
        Assert.Contains("重点工作得分=（85/100+87.5/100）/2*5=4.31分", row.Note.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Full_results_score_full_points()
    {
        var row = Documents.Score(5, Block, new ExternalAssessment("“四个全面”绩效考核", 100m), new ExternalAssessment("乡村振兴战略实绩考核", 100m));

        Assert.Equal(5m, row.Score);
        Assert.Empty(row.Deductions);
    }

    [Fact]
    public void A_missing_result_is_missing_data()
    {
        var row = Documents.Score(5, Block, Suixi[0]);

        Assert.Equal(IndicatorOutcome.MissingData, row.Outcome);
        Assert.Equal("ExternalAssessment", Assert.Single(row.Problems).FactType);
    }

    [Fact]
    public void A_result_above_the_full_mark_is_an_error()
    {
        var row = Documents.Score(5, Block.Replace("\"fullMark\": 100", "\"fullMark\": 86", StringComparison.Ordinal), Suixi);

        Assert.Equal(IndicatorOutcome.Error, row.Outcome);
    }
}
