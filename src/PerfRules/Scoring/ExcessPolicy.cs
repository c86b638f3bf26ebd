namespace PerfRules.Scoring;

/// <summary>What a <see cref="Proportional"/> score does when the numerator exceeds the denominator (a ratio above 100%).</summary>
public enum ExcessPolicy
{
    /// <summary>The ratio counts as 100%: full points.</summary>
    CapAtFull = 0,

    /// <summary>No points, e.g. 政府采购执行率: "如实际采购金额大于采购计划金额则本项不得分".</summary>
    ScoreZero = 1,
}
