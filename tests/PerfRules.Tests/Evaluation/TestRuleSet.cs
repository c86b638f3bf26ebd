using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Tests.Evaluation;

/// <summary>A score given for one indicator: the facts of the test rule set.</summary>
public sealed record GivenScore(string Code, decimal? Points) : IFact
{
    public IReadOnlyList<FactProblem> Validate() =>
        Points is < 0m ? [new FactProblem(nameof(GivenScore), nameof(Points), new LocalizedText("得分不能为负数", "Points must not be negative"))] : [];
}

/// <summary>A leaf that scores the <see cref="GivenScore"/> for its code; a null score means "does not apply".</summary>
public sealed class GivenScoreRule(string code, string name, decimal weight) : IndicatorRule
{
    public override IndicatorDefinition Indicator { get; } = new(code, new LocalizedText(name, name), weight, new LocalizedText("按给定得分计分"));

    public override void Define()
    {
        IReadOnlyList<GivenScore> given = null!;
        IReadOnlyList<WeightTransfer> transfers = null!;
        When()
            .Collect(() => given, g => g.Code == Indicator.Code)
            .Collect(() => transfers);
        Then()
            .Yield(_ => FromSingle(given, g => Score(g, transfers)));
    }

    private IndicatorResult Score(GivenScore given, IReadOnlyList<WeightTransfer> transfers)
    {
        if (given.Points is not { } points)
        {
            return NotApplicable(new LocalizedText("不适用", "Does not apply"));
        }

        var effective = EffectiveWeight(transfers);
        if (points > effective)
        {
            // Also what the rule sees before a reallocation rule has fired: it fires again once the transfer exists.
            return Invalid([new FactProblem(nameof(GivenScore), nameof(GivenScore.Points), new LocalizedText($"得分{points}超过分值{effective}"))]);
        }

        Deduction[] lost = points < effective
            ? [Deduction.Computed(effective - points, Name, new LocalizedText($"扣{effective - points}分"))]
            : [];
        return Scored(points, new LocalizedText($"得{points}分"), deductions: lost, effectiveWeight: effective);
    }
}

/// <summary>Moves 1.2's points to 1.1 when a <see cref="MovePoints"/> fact says so.</summary>
public sealed record MovePoints;

[Name("Move 1.2 to 1.1")]
public sealed class MovePointsRule : Rule
{
    public override void Define()
    {
        MovePoints move = null!;
        When().Match(() => move);
        Then().Yield(_ => new WeightTransfer("1.2", "1.1", 20m));
    }
}

/// <summary>
/// A two-level table: 1 (60) = 1.1 (40) + 1.2 (20); 2 (40) = 2.1 (40).
/// </summary>
internal static class TestRuleSet
{
    public static RuleSetBuilder Builder(string version = "1") =>
        RuleSet.Create("Test", version, new LocalizedText("测试规则集", "Test rule set"))
            .Group("1", new LocalizedText("一", "One"), 60m)
            .Indicator(new GivenScoreRule("1.1", "一一", 40m))
            .Indicator(new GivenScoreRule("1.2", "一二", 20m))
            .Group("2", new LocalizedText("二", "Two"), 40m)
            .Indicator(new GivenScoreRule("2.1", "二一", 40m))
            .Rule(new MovePointsRule());

    public static ScorecardEvaluator Evaluator(Func<RuleSetBuilder, RuleSetBuilder>? configure = null) =>
        new((configure ?? (b => b))(Builder()).Build());

    public static object[] Scores(decimal? a, decimal? b, decimal? c) =>
        [new GivenScore("1.1", a), new GivenScore("1.2", b), new GivenScore("2.1", c)];
}
