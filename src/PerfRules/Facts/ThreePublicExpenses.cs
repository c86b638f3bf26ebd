namespace PerfRules.Facts;

/// <summary>
/// The 'three public expenses' (三公经费: overseas travel, official vehicles, official receptions), budget and actual,
/// in yuan. When a report states only that they stayed within budget (Suixi: “三公经费”控制较好，未超预算), give that
/// statement instead of inventing amounts.
/// </summary>
/// <param name="Budget">The budget, or null when not known.</param>
/// <param name="Actual">The actual expenditure, or null when not known.</param>
/// <param name="StatedWithinBudget">An evaluator's statement that actual stayed within budget, when the amounts are not known.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ThreePublicExpenses(decimal? Budget, decimal? Actual, bool? StatedWithinBudget = null) : IFact
{
    /// <summary>Whether actual ≤ budget: from the amounts when both are known, otherwise the statement; null when neither.</summary>
    public bool? IsWithinBudget => Budget is { } b && Actual is { } a ? a <= b : StatedWithinBudget;

    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate()
    {
        var checks = new FactChecks(nameof(ThreePublicExpenses))
            .NotNegative(nameof(Budget), "三公经费预算数", Budget)
            .NotNegative(nameof(Actual), "三公经费实际支出数", Actual);
        var amountsKnown = Budget is not null && Actual is not null;
        if (!amountsKnown && StatedWithinBudget is null)
        {
            checks.Add(nameof(Actual), "缺少三公经费预算数和实际支出数（或是否超预算的说明）",
                "Budget and Actual (or a statement whether actual stayed within budget) are required");
        }
        else if (amountsKnown && StatedWithinBudget is { } stated && stated != (Actual <= Budget))
        {
            checks.Add(nameof(StatedWithinBudget), "“未超预算”的说明与预算数、实际支出数不符",
                "StatedWithinBudget contradicts Budget and Actual");
        }

        return checks.Problems;
    }
}
