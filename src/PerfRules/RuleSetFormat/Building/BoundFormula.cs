using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.RuleSetFormat.Formulas.Syntax;

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
        var factType = FactTypeWithin(error.Position, error.Length) ?? (Formula.References.Count > 0 ? Formula.References[0].FactType : "*");
        return BlockOutcome.Error(new FactProblem(factType, "*", new LocalizedText(
            $"{What.Chinese}无法计算：{error.Describe()}（公式：{Text}）",
            $"{What.Get(Language.English)} cannot be computed: {error.Describe(Language.English)} (formula: {Text})")));
    }

    /// <summary>
    /// The first fact type read within the part of the formula that failed (the divisor of a division by zero, the
    /// ambiguous read), so that the problem names the fact at fault rather than the first the formula mentions.
    /// </summary>
    private string? FactTypeWithin(int position, int length)
    {
        var types = Formula.References.Select(r => r.FactType).ToHashSet(StringComparer.Ordinal);
        return Nodes(Formula.Syntax)
            .Where(n => n.Start >= position && n.End <= position + length)
            .OrderBy(n => n.Start)
            .Select(n => n switch
            {
                MemberNode { Target: NameNode name } when types.Contains(name.Name) => name.Name,
                CallNode { Arguments: [WhereNode where, ..] } => TypeOf(where.Source),
                CallNode { Arguments: [var list, ..] } => TypeOf(list),
                _ => null,
            })
            .FirstOrDefault(t => t is not null && types.Contains(t));
    }

    private static string? TypeOf(SyntaxNode list) => list switch
    {
        NameNode name => name.Name,
        MemberNode { Target: NameNode name } => name.Name,
        _ => null,
    };

    private static IEnumerable<SyntaxNode> Nodes(SyntaxNode node)
    {
        yield return node;
        IEnumerable<SyntaxNode> children = node switch
        {
            MemberNode m => [m.Target],
            UnaryNode u => [u.Operand],
            BinaryNode b => [b.Left, b.Right],
            CallNode c => c.Arguments,
            WhereNode w => [w.Source, w.Condition],
            _ => [],
        };
        foreach (var child in children.SelectMany(Nodes))
        {
            yield return child;
        }
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
