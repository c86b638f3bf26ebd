using PerfRules.Facts;
using PerfRules.Internal;
using PerfRules.Results;

namespace PerfRules.Scorecards;

/// <summary>One row of the scoring table (评分表): an indicator with its weight, score and the reasons for every point lost.</summary>
public sealed record ScorecardIndicator
{
    /// <summary>The code, such as 2.1.2.</summary>
    public required string Code { get; init; }

    /// <summary>The name.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>The names from the top of the tree down to this indicator, such as 预算执行情况 / 支出管理 / 支出完成率.</summary>
    public required LocalizedText Path { get; init; }

    /// <summary>The level: 1 for 一级指标, 2 for 二级, 3 for 三级.</summary>
    public required int Level { get; init; }

    /// <summary>Whether the indicator is scored by a rule (a leaf) rather than summed from children.</summary>
    public required bool IsLeaf { get; init; }

    /// <summary>The weight in the table (权重).</summary>
    public required decimal Weight { get; init; }

    /// <summary>The weight after reallocation: what the score is out of.</summary>
    public required decimal EffectiveWeight { get; init; }

    /// <summary>The verified score (核查得分), or <see langword="null"/> when it was not scored.</summary>
    public decimal? Score { get; init; }

    /// <summary>Scored, not applicable, missing data or error.</summary>
    public required IndicatorOutcome Outcome { get; init; }

    /// <summary>The criteria text (评分标准), for leaves.</summary>
    public LocalizedText? Criteria { get; init; }

    /// <summary>The scoring note (评分说明), as the report would write it.</summary>
    public required LocalizedText Note { get; init; }

    /// <summary>The metric with its formula and the numbers put into it, where the indicator computes one.</summary>
    public MetricValue? Metric { get; init; }

    /// <summary>The band or step hit, in words, with its bounds.</summary>
    public LocalizedText? Hit { get; init; }

    /// <summary>Every deduction: points, rule, inputs, evidence, computed or judged.</summary>
    public IReadOnlyList<Deduction> Deductions { get; init => field = EquatableList<Deduction>.From(value); } = EquatableList<Deduction>.Empty;

    /// <summary>What is wrong with the input, when the outcome is missing data or error.</summary>
    public IReadOnlyList<FactProblem> Problems { get; init => field = EquatableList<FactProblem>.From(value); } = EquatableList<FactProblem>.Empty;

    /// <summary>The department's self-assessed score (自评得分), when given.</summary>
    public decimal? SelfScore { get; init; }
}
