namespace PerfRules.Cli.Input;

/// <summary>A fact of the facts file and the version of it that the <c>--set</c> options make.</summary>
/// <param name="Index">The fact's position in the file (<c>$.facts[Index]</c>).</param>
/// <param name="Original">The fact as read.</param>
/// <param name="Replacement">The fact with the new values.</param>
/// <param name="Changes">Each field changed, with its value before and after.</param>
internal sealed record FactEdit(int Index, object Original, object Replacement, IReadOnlyList<FieldChange> Changes);

/// <summary>A field a <c>--set</c> changed.</summary>
/// <param name="FactType">The fact type, e.g. BudgetExecution.</param>
/// <param name="Field">The field, e.g. ActualExpenditure.</param>
/// <param name="Before">Its value before, as text.</param>
/// <param name="After">Its value after, as text.</param>
internal sealed record FieldChange(string FactType, string Field, string Before, string After);
