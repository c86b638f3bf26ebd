using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// A document's formula, parsed and checked against the schema, with its inputs and what it computes (for messages):
/// evaluating it gives a value, or the missing data or error the indicator reports.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class BoundFormula(Formula formula, FormulaInputs inputs, LocalizedText what)
{
    public Formula Formula { get; } = formula;

    public FormulaInputs Inputs { get; } = inputs;

    /// <summary>What the formula computes, such as 结转结余率 or 不适用条件.</summary>
    public LocalizedText What { get; } = what;

    public string Text => Formula.Text;

    public FormulaValue Evaluate(BlockContext context) => Formula.Evaluate(context.Scope);

    /// <summary>The outcome a value that is not a value calls for: missing data or an error, naming the fact and the formula.</summary>
    public BlockOutcome Failure(FormulaValue value)
    {
        if (value.Missing is { } missing)
        {
            return BlockOutcome.MissingData(new FactProblem(missing.FactType, missing.Field ?? "*", new LocalizedText(
                $"{What.Chinese}无法计算：{missing.Reason.Chinese}（公式：{Text}）",
                $"{What.Get(Language.English)} cannot be computed: {missing.Reason.Get(Language.English)} (formula: {Text})")));
        }

        var error = value.Error!;
        var factType = Formula.References.Count > 0 ? Formula.References[0].FactType : "*";
        return BlockOutcome.Error(new FactProblem(factType, "*", new LocalizedText(
            $"{What.Chinese}无法计算：{error.Describe()}（公式：{Text}）",
            $"{What.Get(Language.English)} cannot be computed: {error.Describe(Language.English)} (formula: {Text})")));
    }

    /// <summary>A number, or the outcome to report instead.</summary>
    public bool TryNumber(BlockContext context, out decimal number, out BlockOutcome? failure)
    {
        var value = Evaluate(context);
        number = value.Kind == FormulaValueKind.Decimal ? value.AsDecimal() : 0m;
        failure = value.Kind == FormulaValueKind.Decimal ? null : Failure(value);
        return failure is null;
    }
}
