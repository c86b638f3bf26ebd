using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The bands block at its bounds: 支出完成率's bands, with the rate as actual / planned procurement.</summary>
public sealed class BandsBlockTest
{
    private const string Bands = """
        {
          "kind": "bands",
          "metric": {
            "name": { "zh": "完成率", "en": "completion rate" },
            "formula": "Procurement.Actual / Procurement.Planned",
            "unit": "percent",
            "domain": "[0, 100%]"
          },
          "labels": { "Procurement.Actual": { "zh": "实际数", "unit": "yuan" }, "Procurement.Planned": { "zh": "计划数", "unit": "yuan" } },
          "bands": [
            { "range": "[100%, 100%]", "points": 4 },
            { "range": "[90%, 100%)", "points": 3 },
            { "range": "[80%, 90%)", "points": 2 },
            { "range": "[70%, 80%)", "points": 1 },
            { "range": "[0, 70%)", "points": 0 }
          ]
        }
        """;

    private static Scorecards.ScorecardIndicator Rate(decimal actual) => Documents.Score(4, Bands, new Procurement(100m, actual));

    [Theory]
    [InlineData(100, 4)]
    [InlineData(99.99, 3)]
    [InlineData(90, 3)]
    [InlineData(89.99, 2)]
    [InlineData(80, 2)]
    [InlineData(70, 1)]
    [InlineData(69.99, 0)]
    [InlineData(0, 0)]
    public void Each_bound_belongs_to_the_band_that_includes_it(decimal actual, decimal score)
    {
        Assert.Equal(score, Rate(actual).Score);
    }

    [Fact]
    public void Rate_exactly_90_percent_scores_3_with_a_deduction_stating_the_computation()
    {
        var row = Rate(90m);

        var deduction = Assert.Single(row.Deductions);
        Assert.Equal(1m, deduction.Points);
        Assert.Equal(DeductionKind.Computed, deduction.Kind);
        Assert.Equal("完成率=90/100=90.00%，90.00% ∈ [90%, 100%)，得3分", deduction.Reason.Chinese);
        Assert.Equal(["实际数", "计划数"], deduction.Inputs.Select(i => i.Label.Chinese));
        Assert.Equal(("Procurement", "Actual"), (deduction.Inputs[0].SourceFact, deduction.Inputs[0].SourceField));
        Assert.Equal("实际数90元，计划数100元，完成率=90/100=90.00%，得3分", row.Note.Chinese);
        Assert.Equal("{0}/{1}", row.Metric!.Template);
        Assert.Equal(0.9m, row.Metric.Value);
    }

    [Fact]
    public void A_rate_outside_the_domain_is_an_error_not_a_score()
    {
        var row = Rate(100.01m);

        Assert.Equal(IndicatorOutcome.Error, row.Outcome);
        Assert.Contains("[0%, 100%]", Assert.Single(row.Problems).Message.Chinese, StringComparison.Ordinal);

        // The problem names the value the rate was computed from first, the numerator, as the one to check.
        Assert.Equal(("Procurement", "Actual"), (row.Problems[0].FactType, row.Problems[0].Field));
    }

    [Fact]
    public void A_rate_in_no_band_is_an_error()
    {
        var gap = Bands.Replace("[70%, 80%)", "[75%, 80%)", StringComparison.Ordinal);

        var row = Documents.Score(4, gap, new Procurement(100m, 72m));

        Assert.Equal(IndicatorOutcome.Error, row.Outcome);
        Assert.Contains("不在任何分档中", Assert.Single(row.Problems).Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void No_fact_is_missing_data_and_a_zero_denominator_an_error()
    {
        var missing = Documents.Score(4, Bands);
        var zero = Rate(0m);
        var divided = Documents.Score(4, Bands, new Procurement(0m, 5m));

        Assert.Equal(IndicatorOutcome.MissingData, missing.Outcome);
        Assert.Equal("Procurement", Assert.Single(missing.Problems).FactType);
        Assert.Equal(IndicatorOutcome.Scored, zero.Outcome);
        Assert.Equal(IndicatorOutcome.Error, divided.Outcome);
        Assert.Contains("除数为0", Assert.Single(divided.Problems).Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_that_fails_its_own_checks_is_an_error()
    {
        var row = Documents.Score(4, Bands, new Procurement(-1m, 5m));

        Assert.Equal(IndicatorOutcome.Error, row.Outcome);
        Assert.Equal("Planned", Assert.Single(row.Problems).Field);
    }

    [Fact]
    public void A_band_worth_more_than_the_indicator_is_refused_at_its_path()
    {
        var error = Assert.Single(Assert.Throws<PerfRules.RuleSetFormat.RuleSetLoadException>(() =>
            PerfRules.RuleSetFormat.RuleSetJson.Load(Documents.Leaf(3, Bands))).Errors);

        Assert.Equal("$.indicators[1].scoring.bands[0]", error.Path);
    }
}
