using System.Globalization;
using System.Text;
using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.RuleSetFormat.Formulas.Syntax;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// The values a formula reads (its inputs: a field of the single fact of a type, a field of <c>one(…)</c>, or a count, sum,
/// any, all, min or max over facts), each compiled on its own so that a note and a deduction can state it with its value,
/// and the formula as a template over them (<c>{0}/({1}+{2}+{3})</c>) for <see cref="MetricValue"/>.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
internal sealed class FormulaInputs
{
    private static readonly HashSet<string> Aggregates = ["count", "sum", "any", "all", "one"];

    // Marks an absolute difference in the raw template, resolved to (larger-smaller) once the values are known.
    private const char AbsoluteMark = '\u0001';

    private readonly IReadOnlyList<Slot> _slots;
    private readonly IReadOnlyList<(int Left, int Right)> _differences;
    private readonly string _raw;

    private FormulaInputs(IReadOnlyList<Slot> slots, string raw, IReadOnlyList<(int Left, int Right)> differences)
    {
        _slots = slots;
        _raw = raw;
        _differences = differences;
        Template = Resolve(_ => false);
    }

    /// <summary>The formula with <c>{i}</c> for input i, for <see cref="MetricValue"/>, absolute differences as written.</summary>
    public string Template { get; }

    /// <summary>
    /// The template for these values of the inputs: an absolute difference <c>abs(a - b)</c> of two inputs is written the
    /// way the reports write it, the larger minus the smaller (（1518.82-1030.36）, not abs（1030.36-1518.82）).
    /// </summary>
    public string TemplateFor(IReadOnlyList<ScoringInput> values) =>
        Resolve(pair => values[pair.Right].Value is { } right && values[pair.Left].Value is { } left && right > left);

    private string Resolve(Func<(int Left, int Right), bool> swapped)
    {
        var text = _raw;
        for (var i = 0; i < _differences.Count; i++)
        {
            var pair = _differences[i];
            var (first, second) = swapped(pair) ? (pair.Right, pair.Left) : (pair.Left, pair.Right);
            text = text.Replace($"{AbsoluteMark}{i}{AbsoluteMark}", $"({{{first}}}-{{{second}}})", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The fact type and field of a formula that reads one input (for a deduction's input), else nulls.</summary>
    public (string? FactType, string? Field) Source =>
        _slots is [var only] ? (only.FactType == "*" ? null : only.FactType, only.Field) : (null, null);

    /// <summary>The fact type and field of the formula's first input (the numerator of a ratio), else nulls.</summary>
    public (string? FactType, string? Field) FirstSource =>
        _slots.Count > 0 && _slots[0].FactType != "*" ? (_slots[0].FactType, _slots[0].Field) : (null, null);

    /// <summary>Finds the inputs of <paramref name="root"/> (a formula, or a tree made of formulas).</summary>
    public static FormulaInputs Of(SyntaxNode root, FormulaCache cache, LabelBook labels)
    {
        var slots = new List<Slot>();
        var differences = new List<(int, int)>();
        var template = new StringBuilder();
        Write(template, root, slots, differences, cache, labels);
        return new FormulaInputs(slots, template.ToString(), differences);
    }

    /// <summary>The inputs with their values; an input the facts cannot give (a branch the formula did not take) is shown as "—".</summary>
    public IReadOnlyList<ScoringInput> Evaluate(FormulaScope scope) => [.. _slots.Select(s => s.Evaluate(scope))];

    /// <summary>The formula in words: the template with each input's label.</summary>
    public LocalizedText Words() => new(
        Fill(_slots.Select(s => s.Label.Chinese)),
        Fill(_slots.Select(s => s.Label.Get(Language.English))));

    private string Fill(IEnumerable<string> values) => string.Format(CultureInfo.InvariantCulture, Template, [.. values]);

    private static void Write(StringBuilder builder, SyntaxNode node, List<Slot> slots, List<(int, int)> differences, FormulaCache cache, LabelBook labels)
    {
        if (node is CallNode { Function: "abs", Arguments: [BinaryNode { Operator: BinaryOperator.Subtract } difference] }
            && InputIndex(difference.Left, slots, cache, labels) is { } minuend && InputIndex(difference.Right, slots, cache, labels) is { } subtrahend)
        {
            builder.Append(AbsoluteMark).Append(differences.Count).Append(AbsoluteMark);
            differences.Add((minuend, subtrahend));
            return;
        }

        if (InputIndex(node, slots, cache, labels) is { } index)
        {
            builder.Append('{').Append(index).Append('}');
            return;
        }

        switch (node)
        {
            case NumberLiteral n:
                builder.Append(ReportFormat.Number(n.Value));
                break;
            case StringLiteral s:
                builder.Append('"').Append(Escape(s.Value)).Append('"');
                break;
            case BooleanLiteral b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NullLiteral:
                builder.Append("null");
                break;
            case NameNode name:
                builder.Append(name.Name);
                break;
            case MemberNode m:
                Operand(builder, m.Target, Precedence.Of(m.Target) < Precedence.Primary, slots, differences, cache, labels);
                builder.Append('.').Append(m.Member);
                break;
            case UnaryNode { Operator: UnaryOperator.Not } u:
                builder.Append("not ");
                Operand(builder, u.Operand, Precedence.Of(u.Operand) < Precedence.Not, slots, differences, cache, labels);
                break;
            case UnaryNode u:
                builder.Append('-');
                Operand(builder, u.Operand, Precedence.Of(u.Operand) < Precedence.Negate, slots, differences, cache, labels);
                break;
            case BinaryNode b:
                var level = Precedence.Of(b.Operator);
                var left = level == Precedence.Comparison ? Precedence.Of(b.Left) <= level : Precedence.Of(b.Left) < level;
                Operand(builder, b.Left, left, slots, differences, cache, labels);
                var symbol = Precedence.Symbol(b.Operator);
                builder.Append(level <= Precedence.And ? $" {symbol} " : symbol);
                Operand(builder, b.Right, Precedence.Of(b.Right) <= level, slots, differences, cache, labels);
                break;
            case CallNode c:
                builder.Append(c.Function).Append('(');
                for (var i = 0; i < c.Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Write(builder, c.Arguments[i], slots, differences, cache, labels);
                }

                builder.Append(')');
                break;
            case WhereNode w:
                Write(builder, w.Source, slots, differences, cache, labels);
                builder.Append(" where ");
                Write(builder, w.Condition, slots, differences, cache, labels);
                break;
        }
    }

    // The index of the input <paramref name="node"/> reads (added when first seen), or null when it is not an input.
    private static int? InputIndex(SyntaxNode node, List<Slot> slots, FormulaCache cache, LabelBook labels)
    {
        if (AsInput(node, cache.Schema) is not { } source)
        {
            return null;
        }

        var expression = SyntaxPrinter.Print(node);
        var index = slots.FindIndex(s => s.Expression == expression);
        if (index < 0 && cache.TryParse(expression, out var formula, out _))
        {
            var label = labels.Find(expression);
            slots.Add(new Slot(expression, formula, label?.Text ?? new LocalizedText(expression), label?.Unit ?? ValueUnit.None, source.FactType, source.Field));
            index = slots.Count - 1;
        }

        return index >= 0 ? index : null;
    }

    private static void Operand(StringBuilder builder, SyntaxNode node, bool parenthesize, List<Slot> slots, List<(int, int)> differences, FormulaCache cache, LabelBook labels)
    {
        if (parenthesize)
        {
            builder.Append('(');
        }

        Write(builder, node, slots, differences, cache, labels);
        if (parenthesize)
        {
            builder.Append(')');
        }
    }

    // A template is a composite format string: braces in text are doubled.
    private static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    /// <summary>The fact type and field an input node reads, or null when the node is not an input.</summary>
    private static (string FactType, string? Field)? AsInput(SyntaxNode node, FormulaSchema schema) => node switch
    {
        MemberNode { Target: NameNode name } m when schema.TryGetFactType(name.Name, out _) => (name.Name, m.Member),
        MemberNode { Target: CallNode { Function: "one" } call } m => (FactTypeOf(call), m.Member),
        CallNode call when Aggregates.Contains(call.Function) || (call.Function is "min" or "max" && call.Arguments.Count == 1) =>
            (FactTypeOf(call), FieldOf(call)),
        _ => null,
    };

    private static string FactTypeOf(CallNode call) => ListOf(call) switch
    {
        NameNode name => name.Name,
        MemberNode { Target: NameNode name } => name.Name,
        _ => "*",
    };

    private static string? FieldOf(CallNode call) => ListOf(call) is MemberNode member ? member.Member : null;

    private static SyntaxNode? ListOf(CallNode call) => call.Arguments.Count == 0 ? null : call.Arguments[0] is WhereNode w ? w.Source : call.Arguments[0];

    private sealed record Slot(string Expression, Formula Formula, LocalizedText Label, ValueUnit Unit, string FactType, string? Field)
    {
        public ScoringInput Evaluate(FormulaScope scope)
        {
            var value = Formula.Evaluate(scope);
            var fact = FactType == "*" ? null : FactType;
            return value.Kind switch
            {
                FormulaValueKind.Decimal => ScoringInput.Of(Label, value.AsDecimal(), Unit, fact, Field),
                FormulaValueKind.Date => ScoringInput.OfDate(Label, value.AsDate(), fact, Field),
                FormulaValueKind.String => ScoringInput.OfText(Label, value.AsString(), fact, Field),
                FormulaValueKind.Boolean => ScoringInput.OfText(Label, value.AsBoolean() ? "是" : "否", fact, Field),
                _ => ScoringInput.OfText(Label, "—", fact, Field),
            };
        }
    }
}
