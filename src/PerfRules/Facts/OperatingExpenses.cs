namespace PerfRules.Facts;

/// <summary>Public operating / agency running expenses (公用经费 / 机关运行经费), in yuan.</summary>
/// <param name="Budget">The budget, e.g. 208800 (20.88万元, 预算表6).</param>
/// <param name="AdjustedBudget">The adjusted budget (调整预算数), or null when not adjusted.</param>
/// <param name="Final">The final-accounts figure, e.g. 797800 (79.78万元, 决算表7).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record OperatingExpenses(decimal Budget, decimal? AdjustedBudget, decimal Final) : IFact
{
    /// <summary>The budget the final figure is compared with: the adjusted budget when there is one.</summary>
    public decimal EffectiveBudget => AdjustedBudget ?? Budget;

    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(OperatingExpenses))
            .NotNegative(nameof(Budget), "公用经费预算数", Budget)
            .NotNegative(nameof(AdjustedBudget), "公用经费调整预算数", AdjustedBudget)
            .NotNegative(nameof(Final), "公用经费决算数", Final)
            .Problems;
}
