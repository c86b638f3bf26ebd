using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.Tests.Golden;
using PerfRules.Scorecards;

namespace PerfRules.RuleSets.Tests.GuangdongSuixi2022;

/// <summary>
/// The acceptance case: the published 2022 evaluation of the Suixi County HRSS Bureau (湛泰咨字【2024】第4号),
/// reproduced from its facts by the built-in rule set. Expected figures are read from the golden file, never computed here.
/// </summary>
public sealed class GoldenScorecardTest
{
    private static readonly ScorecardEvaluator Evaluator = new(BuiltInRuleSets.GuangdongSuixi2022);

    private static readonly Lazy<Scorecard> Card = new(() => Evaluator.Evaluate(SuixiGolden.Facts()));

    public static TheoryData<string> LeafCodes() => [.. SuixiGolden.LeafCodes()];

    [Fact]
    public void The_rule_set_has_the_published_table_with_the_corrected_weight_of_2_1()
    {
        var ruleSet = BuiltInRuleSets.GuangdongSuixi2022;

        Assert.Equal(SuixiGolden.LeafCodes(), ruleSet.IndicatorRules.Select(r => r.Indicator.Code));
        Assert.Equal(23m, ruleSet.Indicators["2.1"].Weight);
        Assert.Equal(100m, ruleSet.Indicators.Roots.Sum(r => r.Weight));
    }

    [Theory]
    [MemberData(nameof(LeafCodes))]
    public void Every_leaf_gets_its_published_verified_score(string code)
    {
        var row = Card.Value[code];

        Assert.True(row.Outcome == IndicatorOutcome.Scored, $"{code}: {row.Outcome} {string.Join("; ", row.Problems)}");
        Assert.Equal(SuixiGolden.Verified(code), row.Score);
        Assert.Equal(row.EffectiveWeight - row.Score, row.Deductions.Sum(d => d.Points));
    }

    [Fact]
    public void The_total_is_the_published_80_81_and_the_grade_is_liang()
    {
        var card = Card.Value;

        Assert.True(card.IsComplete, string.Join("; ", card.Problems));
        Assert.Equal(SuixiGolden.Expected("verifiedTotal"), card.Total);
        Assert.Equal(SuixiGolden.ExpectedGrade(), card.Grade!.ChineseName);
        Assert.True(card.Reconciliation.IsBalanced);
        Assert.Equal(card.Total, card.Reconciliation.LeafSum);
    }

    [Fact]
    public void The_self_total_is_the_published_86_75_and_every_difference_is_listed()
    {
        var self = Card.Value.SelfAssessment!;

        Assert.Equal(SuixiGolden.Expected("selfTotal"), self.SelfTotal);
        var expected = SuixiGolden.LeafCodes()
            .Where(code => SuixiGolden.Self(code) != SuixiGolden.Verified(code))
            .Select(code => (code, SuixiGolden.Self(code), SuixiGolden.Verified(code) - SuixiGolden.Self(code)));
        Assert.Equal(expected, self.Differences.Select(d => (d.IndicatorCode, d.SelfScore, d.Difference!.Value)));
    }

    [Theory]
    [InlineData("1.1.3", "47.41%")]
    [InlineData("1.1.3", "1518.82")]
    [InlineData("1.1.3", "1030.36")]
    [InlineData("2.1.2", "99.35%")]
    [InlineData("2.1.3", "0.65%")]
    [InlineData("4.2.1", "4.31")]
    public void Explanations_carry_the_key_numbers_of_the_published_notes(string code, string number)
    {
        var row = Card.Value[code];
        var text = string.Join("\n", [row.Note.Chinese, .. row.Deductions.Select(d => d.Reason.Chinese)]);

        Assert.Contains(number, text, StringComparison.Ordinal);
        Assert.Contains(number, SuixiGolden.Note(code), StringComparison.Ordinal);
    }

    [Fact]
    public void The_financial_findings_cite_their_vouchers()
    {
        var evidence = Card.Value["2.1.7"].Deductions.SelectMany(d => d.Evidence).ToList();

        foreach (var voucher in new[] { "2022年4月20#凭证", "2022年9月40#凭证", "2022年12月99#凭证", "2022年12月60#凭证", "2022年12月63#凭证", "2022年12月47#凭证", "2022年8月63#凭证", "2022年8月87#凭证" })
        {
            Assert.Contains(voucher, evidence);
        }
    }

    [Fact]
    public void The_top_deductions_start_with_the_largest()
    {
        var top = Card.Value.TopDeductions;

        Assert.Equal("1.1.3", top[0].IndicatorCode);
        Assert.Equal(3m, top[0].Deduction.Points);
        Assert.Equal(Enumerable.Range(1, top.Count), top.Select(t => t.Rank));
        Assert.True(top.Zip(top.Skip(1)).All(p => p.First.Deduction.Points >= p.Second.Deduction.Points));
    }

    [Fact]
    public void Inserting_the_facts_in_any_order_gives_the_identical_scorecard()
    {
        var expected = ScorecardJson.Serialize(Card.Value);
        var random = new Random(2022);

        for (var i = 0; i < 10; i++)
        {
            var shuffled = SuixiGolden.Facts().OrderBy(_ => random.Next()).ToList();
            var card = Evaluator.Evaluate(shuffled);
            Assert.Equal(Card.Value, card);
            Assert.Equal(expected, ScorecardJson.Serialize(card));
        }
    }

    [Fact]
    public void The_scorecard_survives_a_json_round_trip()
    {
        var json = ScorecardJson.Serialize(Card.Value);

        Assert.Equal(Card.Value, ScorecardJson.Deserialize(json));
    }

    [Fact]
    public void The_printed_final_accounts_date_is_rejected_not_scored()
    {
        // The report prints 2022-09-15 for a publication approved on 2023-09-04 (golden errata).
        var facts = SuixiGolden.Facts()
            .Select(f => f is Disclosure { Kind: DisclosureKind.FinalAccounts } d ? d with { PublishedOn = new DateOnly(2022, 9, 15) } : f)
            .ToList();

        var card = Evaluator.Evaluate(facts);

        Assert.Equal(IndicatorOutcome.Error, card["3.1.1"].Outcome);
        Assert.Null(card.Total);
        Assert.Contains(card.Problems, p => p.FactType == nameof(Disclosure) && p.Field == nameof(Disclosure.PublishedOn) && p.IndicatorCode == "3.1.1");
    }
}
