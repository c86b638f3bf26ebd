namespace PerfRules.Facts;

/// <summary>One budget line (项目预算), with its adjustment and final figures in yuan, for 预算编制准确性.</summary>
/// <param name="Name">The line's name, e.g. 机关运行经费.</param>
/// <param name="Budget">The budget at the start of the year, e.g. 208800.</param>
/// <param name="AdjustedBudget">The budget after adjustment (调整后预算), or null when it was not adjusted.</param>
/// <param name="Final">The final-accounts figure (决算数), e.g. 797800.</param>
/// <param name="IsNonPolicyAdjustment">Whether it was adjusted for a reason other than a uniform policy (非统一政策原因的调整或调剂).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BudgetLineItem(
    string Name,
    decimal Budget,
    decimal? AdjustedBudget,
    decimal Final,
    bool IsNonPolicyAdjustment = false) : IFact
{
    /// <summary>The budget the final figure is compared with: the adjusted budget when there is one (取调整后预算).</summary>
    public decimal EffectiveBudget => AdjustedBudget ?? Budget;

    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(BudgetLineItem))
            .Required(nameof(Name), "项目名称", Name)
            .NotNegative(nameof(Budget), "预算数", Budget)
            .NotNegative(nameof(AdjustedBudget), "调整后预算数", AdjustedBudget)
            .NotNegative(nameof(Final), "决算数", Final)
            .Problems;
}
