using PerfRules.Evaluation;
using PerfRules.Results;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>
/// 2.1.2, 2.1.3, 2.1.6 and 3.1.3 of the Suixi 2022 table written as JSON (TestData/suixi-2022-extract.json) score the
/// Suixi golden facts as the report did: 4.5 (3 of 4 rescaled to 6 by 2.1.5's transfer-payment points), 3, 0 and 1.
/// </summary>
public sealed class SuixiJsonTest
{
    private static readonly Lazy<Scorecards.Scorecard> Card = new(() =>
        new ScorecardEvaluator(TestDocuments.Load("suixi-2022-extract.json")).Evaluate(TestDocuments.SuixiFacts()));

    [Theory]
    [InlineData("2.1.2", 4.5, 6)]
    [InlineData("2.1.3", 3, 3)]
    [InlineData("2.1.6", 0, 2)]
    [InlineData("3.1.3", 1, 2)]
    [InlineData("2.1.5", 1, 1)]
    public void Indicator_scores_as_published(string code, decimal score, decimal effectiveWeight)
    {
        var row = Card.Value[code];

        Assert.Equal(IndicatorOutcome.Scored, row.Outcome);
        Assert.Equal(score, row.Score);
        Assert.Equal(effectiveWeight, row.EffectiveWeight);
        Assert.Equal(row.EffectiveWeight - row.Score, row.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void The_2_1_2_note_and_deduction_state_the_band_and_the_rescaling_as_the_report_does()
    {
        var row = Card.Value["2.1.2"];

        Assert.EndsWith("支出完成率=15635713.52/（549070.93+15188214.45+0）=99.35%，得3分；2. 部门没有主管的转移支付资金，“资金下达合法性”中的2分调整至该项，该指标总得分=6*3/4=4.5", row.Note.Chinese, StringComparison.Ordinal);
        var deduction = Assert.Single(row.Deductions);
        Assert.Equal(1.5m, deduction.Points);
        Assert.EndsWith("扣1.5分", deduction.Reason.Chinese, StringComparison.Ordinal);
        Assert.Equal(["年度实际支出", "年初财政拨款结转和结余", "一般公共预算财政拨款", "政府性基金预算财政拨款"], deduction.Inputs.Select(i => i.Label.Chinese));
        Assert.Equal(0.9935m, Math.Round(row.Metric!.Value, 4));
    }

    [Fact]
    public void The_2_1_5_part_that_does_not_apply_gives_its_points_away_and_the_rest_is_scored_as_is()
    {
        var row = Card.Value["2.1.5"];

        Assert.Contains("转移支付部分不适用：部门没有主管的转移支付资金", row.Note.Chinese, StringComparison.Ordinal);
        Assert.Contains("部门预算部分：按时批复视同1分，得1分", row.Note.Chinese, StringComparison.Ordinal);
        Assert.EndsWith("2分调整至“支出完成率”", row.Note.Chinese, StringComparison.Ordinal);
        Assert.Empty(row.Deductions);
    }

    [Fact]
    public void The_3_1_3_deadline_states_the_due_date_the_publication_and_the_days_late()
    {
        var row = Card.Value["3.1.3"];

        Assert.Equal("自评材料公开应于2023年4月30日前完成，实际于2023年5月5日完成，逾期5天，得1分", row.Note.Chinese);
        Assert.Equal("publishing the self-evaluation due by 2023-04-30, done 2023-05-05, 5 days late, scores 1 point", row.Note.Get(Language.English));
    }
}
