namespace PerfRules.Reporting.Layout;

/// <summary>What a row of the scoring table stands for.</summary>
internal enum RowKind
{
    /// <summary>The 合计 row under the headers: the maximum, the self total and the total.</summary>
    Total,

    /// <summary>A group indicator (一级、二级指标): its children follow it.</summary>
    Group,

    /// <summary>A leaf indicator, scored by a rule.</summary>
    Leaf,
}
