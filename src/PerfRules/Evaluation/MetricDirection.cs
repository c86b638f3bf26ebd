namespace PerfRules.Evaluation;

/// <summary>Which way a metric's score moves as the metric grows, when the criteria say.</summary>
public enum MetricDirection
{
    /// <summary>A higher metric never scores less (支出完成率, 固定资产利用率).</summary>
    HigherIsBetter,

    /// <summary>A lower metric never scores less (结转结余率, 预决算差异率).</summary>
    LowerIsBetter,

    /// <summary>The criteria promise no direction.</summary>
    NotMonotone,
}
