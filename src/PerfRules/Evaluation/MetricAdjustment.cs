namespace PerfRules.Evaluation;

/// <summary>Facts changed so that a metric takes a wanted value, and which input changed, from what to what.</summary>
/// <param name="Facts">The facts, all as before except the one changed.</param>
/// <param name="FactType">The type of the fact changed, such as BudgetExecution.</param>
/// <param name="Field">The field changed, such as ActualExpenditure.</param>
/// <param name="From">The field's value before.</param>
/// <param name="To">The field's value after.</param>
public sealed record MetricAdjustment(IReadOnlyList<object> Facts, string FactType, string Field, decimal From, decimal To);
