namespace PerfRules.Facts;

/// <summary>What a <see cref="Disclosure"/> publishes (信息公开).</summary>
public enum DisclosureKind
{
    /// <summary>The department budget (部门预算).</summary>
    Budget = 0,

    /// <summary>The final accounts (部门决算).</summary>
    FinalAccounts = 1,

    /// <summary>The performance targets (绩效目标).</summary>
    PerformanceTargets = 2,

    /// <summary>The self-evaluation materials (绩效自评材料).</summary>
    SelfEvaluation = 3,
}
