namespace PerfRules.Facts;

/// <summary>Which performance targets a <see cref="TargetAchievement"/> counts.</summary>
public enum TargetScope
{
    /// <summary>The department-wide targets (部门整体绩效目标).</summary>
    Department = 0,

    /// <summary>The project targets (项目绩效目标).</summary>
    Project = 1,
}
