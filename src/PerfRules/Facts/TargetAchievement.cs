namespace PerfRules.Facts;

/// <summary>How many performance targets were achieved (绩效目标完成情况), for 绩效目标完成效率.</summary>
/// <param name="Scope">Department-wide or project targets.</param>
/// <param name="Planned">Targets planned (计划目标数).</param>
/// <param name="Achieved">Targets achieved (已实现目标数), at most <paramref name="Planned"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TargetAchievement(TargetScope Scope, int Planned, int Achieved) : IFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(TargetAchievement))
            .Defined(nameof(Scope), "目标范围", Scope)
            .NotNegative(nameof(Planned), "计划目标数", Planned)
            .NotNegative(nameof(Achieved), "已实现目标数", Achieved)
            .AtMost(nameof(Achieved), "已实现目标数", Achieved, nameof(Planned), "计划目标数", Planned)
            .Problems;
}
