using FsCheck;
using FsCheck.Fluent;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.RuleSetFormat.Formulas.Syntax;

namespace PerfRules.Tests.Formulas;

/// <summary>
/// Properties over generated syntax trees: arithmetic evaluates exactly as C# decimal arithmetic does, and printing a
/// tree then parsing the text gives the same tree.
/// </summary>
public sealed class FormulaPropertyTest
{
    private static readonly FormulaSchema NoFacts = new([]);

    private static readonly Gen<decimal> Numbers = Gen.Frequency(
        (6, Gen.Choose(0, 1_000_000).Zip(Gen.Choose(0, 4), (n, scale) => n / Pow10(scale))),
        (2, Gen.Elements(0m, 1m, 0.5m, 0.05m, 3m)),
        (1, Gen.Elements(decimal.MaxValue, 0.0000000001m, 123456789012345678m)));

    private static decimal Pow10(int scale) => scale switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, _ => 10000m };

    private static Gen<SyntaxNode> Arithmetic(int depth)
    {
        var literal = Numbers.Select(v => (SyntaxNode)new NumberLiteral(v, 0, 0));
        if (depth == 0)
        {
            return literal;
        }

        var sub = Arithmetic(depth - 1);
        var binary = Gen.Elements(BinaryOperator.Add, BinaryOperator.Subtract, BinaryOperator.Multiply, BinaryOperator.Divide)
            .SelectMany(op => sub.Two().Select(p => (SyntaxNode)new BinaryNode(op, p.Item1, p.Item2, 0, 0, 0)));
        var negate = sub.Select(o => (SyntaxNode)new UnaryNode(UnaryOperator.Negate, o, 0, 0));
        var abs = sub.Select(o => (SyntaxNode)new CallNode("abs", [o], 0, 0, 0));
        var round = sub.Zip(Gen.Choose(0, 4), (o, places) => (SyntaxNode)new CallNode("round", [o, new NumberLiteral(places, 0, 0)], 0, 0, 0));
        var minMax = Gen.Elements("min", "max").SelectMany(name =>
            Gen.Choose(2, 3).SelectMany(n => Gen.ListOf(sub, n)).Select(args => (SyntaxNode)new CallNode(name, [.. args], 0, 0, 0)));
        return Gen.Frequency((2, literal), (5, binary), (1, negate), (1, abs), (1, round), (1, minMax));
    }

    /// <summary>The same arithmetic in C#: null where the formula must give an error (a zero divisor, an overflow).</summary>
    private static decimal? Reference(SyntaxNode node)
    {
        try
        {
            switch (node)
            {
                case NumberLiteral n:
                    return n.Value;
                case UnaryNode u:
                    return -Reference(u.Operand);
                case BinaryNode b:
                    if (Reference(b.Left) is not { } l || Reference(b.Right) is not { } r)
                    {
                        return null;
                    }

                    return b.Operator switch
                    {
                        BinaryOperator.Add => l + r,
                        BinaryOperator.Subtract => l - r,
                        BinaryOperator.Multiply => l * r,
                        _ => r == 0m ? null : l / r,
                    };
                case CallNode { Function: "abs" } c:
                    return Reference(c.Arguments[0]) is { } a ? Math.Abs(a) : null;
                case CallNode { Function: "round" } c:
                    return Reference(c.Arguments[0]) is { } x ? Math.Round(x, (int)((NumberLiteral)c.Arguments[1]).Value, MidpointRounding.AwayFromZero) : null;
                case CallNode c:
                    var values = new List<decimal>();
                    foreach (var argument in c.Arguments)
                    {
                        if (Reference(argument) is not { } v)
                        {
                            return null;
                        }

                        values.Add(v);
                    }

                    return c.Function == "min" ? values.Min() : values.Max();
                default:
                    throw new InvalidOperationException(node.GetType().Name);
            }
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static readonly string[] Names = ["BudgetExecution", "Points", "x", "_a1", "Disclosure"];
    private static readonly string[] Functions = ["count", "sum", "foo", "min", "if", "one"];

    private static readonly Gen<string> Strings =
        Gen.ListOf(Gen.Elements('a', 'Z', ' ', '"', '\'', '\\', '中', '%', '(', '.')).Select(cs => new string([.. cs]));

    private static Gen<SyntaxNode> AnyTree(int depth)
    {
        var leaves = Gen.OneOf(
            Numbers.Select(v => (SyntaxNode)new NumberLiteral(v, 0, 0)),
            Strings.Select(s => (SyntaxNode)new StringLiteral(s, 0, 0)),
            Gen.Elements(true, false).Select(b => (SyntaxNode)new BooleanLiteral(b, 0, 0)),
            Gen.Constant((SyntaxNode)new NullLiteral(0, 0)),
            Gen.Elements(Names).Select(n => (SyntaxNode)new NameNode(n, 0, 0)));
        if (depth == 0)
        {
            return leaves;
        }

        var sub = AnyTree(depth - 1);
        var member = sub.Zip(Gen.Elements(Names), (t, m) => (SyntaxNode)new MemberNode(t, m, 0, 0, 0));
        var unary = Gen.Elements(UnaryOperator.Negate, UnaryOperator.Not).Zip(sub, (op, o) => (SyntaxNode)new UnaryNode(op, o, 0, 0));
        var binary = Gen.Elements(Enum.GetValues<BinaryOperator>())
            .SelectMany(op => sub.Two().Select(p => (SyntaxNode)new BinaryNode(op, p.Item1, p.Item2, 0, 0, 0)));
        var argument = Gen.Frequency((3, sub), (1, sub.Two().Select(p => (SyntaxNode)new WhereNode(p.Item1, p.Item2, 0, 0, 0))));
        var call = Gen.Elements(Functions).SelectMany(f =>
            Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(argument, n)).Select(args => (SyntaxNode)new CallNode(f, [.. args], 0, 0, 0)));
        return Gen.Frequency((2, leaves), (1, member), (1, unary), (3, binary), (1, call));
    }

    private static int Height(SyntaxNode node) => 1 + SyntaxTree.Children(node).Select(Height).DefaultIfEmpty(0).Max();

    private static int Size(SyntaxNode node) => 1 + SyntaxTree.Children(node).Sum(Size);

    private static bool WithinLimits(SyntaxNode node) => Size(node) <= Formula.MaxNodes && Height(node) <= Formula.MaxDepth;

    [Fact]
    public void Random_arithmetic_evaluates_exactly_as_csharp_decimal_arithmetic()
    {
        var trees = Gen.Choose(0, 5).SelectMany(Arithmetic).Where(WithinLimits).ToArbitrary();

        Prop.ForAll(trees, tree =>
        {
            var text = SyntaxPrinter.Print(tree);
            var value = Formula.Parse(text, NoFacts).Evaluate(new FormulaScope([]));
            return Reference(tree) is { } expected
                ? value.Kind == FormulaValueKind.Decimal && value.AsDecimal() == expected
                : value.Kind == FormulaValueKind.Error && value.Error!.Kind == FormulaErrorKind.Evaluation;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Printing_then_parsing_an_arithmetic_tree_gives_the_same_tree()
    {
        var trees = Gen.Choose(0, 5).SelectMany(Arithmetic).Where(WithinLimits).ToArbitrary();

        Prop.ForAll(trees, tree => SyntaxEquality.Equal(tree, Parser.Parse(SyntaxPrinter.Print(tree)))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Printing_then_parsing_any_tree_gives_the_same_tree()
    {
        var trees = Gen.Choose(0, 4).SelectMany(AnyTree)
            .Where(t => WithinLimits(t) && SyntaxPrinter.Print(t).Length <= Formula.MaxLength)
            .ToArbitrary();

        Prop.ForAll(trees, tree => SyntaxEquality.Equal(tree, Parser.Parse(SyntaxPrinter.Print(tree)))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Printing_is_canonical_so_printing_the_parse_of_a_print_gives_the_same_text()
    {
        var trees = Gen.Choose(0, 4).SelectMany(AnyTree).Where(WithinLimits).ToArbitrary();

        Prop.ForAll(trees, tree =>
        {
            var text = SyntaxPrinter.Print(tree);
            return SyntaxPrinter.Print(Parser.Parse(text)) == text;
        }).QuickCheckThrowOnFailure();
    }
}
