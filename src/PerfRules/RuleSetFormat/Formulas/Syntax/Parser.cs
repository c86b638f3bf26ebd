using PerfRules.Results;

namespace PerfRules.RuleSetFormat.Formulas.Syntax;

/// <summary>
/// A recursive-descent parser for the formula grammar (docs/formulas.md), loosest first:
/// <code>
/// formula        = expression END
/// expression     = and { "or" and }
/// and            = not { "and" not }
/// not            = "not" not | comparison
/// comparison     = additive [ ("==" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") additive ]
/// additive       = multiplicative { ("+" | "-") multiplicative }
/// multiplicative = unary { ("*" | "/") unary }
/// unary          = "-" unary | postfix
/// postfix        = primary { "." NAME }
/// primary        = NUMBER [ "%" ] | STRING | "true" | "false" | "null" | "(" expression ")"
///                | NAME "(" [ argument { "," argument } ] ")" | NAME
/// argument       = expression [ "where" expression ]
/// </code>
/// It knows nothing of fact types or functions: the checker resolves names. It stops at the first error, and guards
/// its own recursion with <see cref="Formula.MaxDepth"/> so that no text can exhaust the stack.
/// </summary>
internal sealed class Parser
{
    private const string OperatorsZh = "运算符（+ - * / == != < <= > >= and or）";
    private const string OperatorsEn = "an operator (+ - * / == != < <= > >= and or)";

    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _index;
    private int _depth;
    private int _nodes;

    private Parser(string text, List<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
    }

    /// <summary>What may close the expression being parsed, for the "expected …" part of an error.</summary>
    private enum Context
    {
        Formula,
        Parenthesis,
        Argument,
        Condition,
    }

    private Token Current => _tokens[_index];

    /// <summary>Parses <paramref name="text"/> into a syntax tree within the length, depth and node limits.</summary>
    /// <exception cref="SyntaxErrorException">The text is malformed or too large.</exception>
    public static SyntaxNode Parse(string text)
    {
        if (text.Length > Formula.MaxLength)
        {
            throw new SyntaxErrorException(new FormulaError(FormulaErrorKind.Limit, text, Formula.MaxLength, text.Length - Formula.MaxLength,
                new LocalizedText($"公式长度为{text.Length}个字符，超过上限{Formula.MaxLength}", $"the formula is {text.Length} characters long, more than the limit of {Formula.MaxLength}")));
        }

        var parser = new Parser(text, Lexer.Tokenize(text));
        var node = parser.ParseExpression(Context.Formula);
        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.UnexpectedAfterOperand(Context.Formula);
        }

        CheckHeight(text, node);
        return node;
    }

    // Chains such as a + b + c nest to the left without recursing in the parser; the tree's height is checked once here.
    private static void CheckHeight(string text, SyntaxNode root)
    {
        var tooDeep = FindBelow(root, 1);
        if (tooDeep is not null)
        {
            throw new SyntaxErrorException(new FormulaError(FormulaErrorKind.Limit, text, tooDeep.Start, tooDeep.End - tooDeep.Start, DepthMessage()));
        }
    }

    private static SyntaxNode? FindBelow(SyntaxNode node, int depth)
    {
        if (depth > Formula.MaxDepth)
        {
            return node;
        }

        foreach (var child in SyntaxTree.Children(node))
        {
            if (FindBelow(child, depth + 1) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static LocalizedText DepthMessage() =>
        new($"公式嵌套超过{Formula.MaxDepth}层：请拆分或简化", $"the formula nests more than {Formula.MaxDepth} levels deep: split or simplify it");

    private SyntaxNode ParseExpression(Context context)
    {
        // Point a depth error at the bracket or comma that opened this level.
        Enter(_index == 0 ? 0 : _tokens[_index - 1].Position);
        var left = ParseAnd(context);
        while (Current.Kind == TokenKind.Or)
        {
            var op = Advance();
            var right = ParseAnd(context);
            left = Binary(BinaryOperator.Or, left, right, op);
        }

        _depth--;
        return left;
    }

    private SyntaxNode ParseAnd(Context context)
    {
        var left = ParseNot(context);
        while (Current.Kind == TokenKind.And)
        {
            var op = Advance();
            var right = ParseNot(context);
            left = Binary(BinaryOperator.And, left, right, op);
        }

        return left;
    }

    private SyntaxNode ParseNot(Context context)
    {
        if (Current.Kind != TokenKind.Not)
        {
            return ParseComparison(context);
        }

        var not = Advance();
        Enter(not.Position);
        var operand = ParseNot(context);
        _depth--;
        return Count(new UnaryNode(UnaryOperator.Not, operand, not.Position, operand.End));
    }

    private SyntaxNode ParseComparison(Context context)
    {
        var left = ParseAdditive();
        if (ComparisonOperator(Current.Kind) is not { } op)
        {
            return left;
        }

        var opToken = Advance();
        var right = ParseAdditive();
        if (ComparisonOperator(Current.Kind) is not null)
        {
            var second = Current;
            throw Error(FormulaErrorKind.Syntax, second.Position, second.Length,
                $"比较不能连写：请写成a {opToken.Text} b and b {second.Text} c",
                $"comparisons cannot be chained: write a {opToken.Text} b and b {second.Text} c");
        }

        return Binary(op, left, right, opToken);
    }

    private SyntaxNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Advance();
            var right = ParseMultiplicative();
            left = Binary(op.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract, left, right, op);
        }

        return left;
    }

    private SyntaxNode ParseMultiplicative()
    {
        var left = ParseUnary();
        while (Current.Kind is TokenKind.Star or TokenKind.Slash)
        {
            var op = Advance();
            var right = ParseUnary();
            left = Binary(op.Kind == TokenKind.Star ? BinaryOperator.Multiply : BinaryOperator.Divide, left, right, op);
        }

        return left;
    }

    private SyntaxNode ParseUnary()
    {
        if (Current.Kind != TokenKind.Minus)
        {
            return ParsePostfix();
        }

        var minus = Advance();
        Enter(minus.Position);
        var operand = ParseUnary();
        _depth--;
        return Count(new UnaryNode(UnaryOperator.Negate, operand, minus.Position, operand.End));
    }

    private SyntaxNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (Current.Kind == TokenKind.Dot)
        {
            Advance();
            if (Current.Kind != TokenKind.Identifier)
            {
                throw Expected("字段名称（如ActualExpenditure）", "a field name (such as ActualExpenditure)");
            }

            var member = Advance();
            node = Count(new MemberNode(node, member.Value, member.Position, node.Start, member.End));
        }

        return node;
    }

    private SyntaxNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                if (Current.Kind == TokenKind.Percent)
                {
                    var percent = Advance();
                    return Count(new NumberLiteral(token.Number / 100m, token.Position, percent.End));
                }

                return Count(new NumberLiteral(token.Number, token.Position, token.End));
            case TokenKind.String:
                Advance();
                return Count(new StringLiteral(token.Value, token.Position, token.End));
            case TokenKind.True or TokenKind.False:
                Advance();
                return Count(new BooleanLiteral(token.Kind == TokenKind.True, token.Position, token.End));
            case TokenKind.Null:
                Advance();
                return Count(new NullLiteral(token.Position, token.End));
            case TokenKind.OpenParen:
                Advance();
                var inner = ParseExpression(Context.Parenthesis);
                Expect(TokenKind.CloseParen, Context.Parenthesis);
                return inner;
            case TokenKind.Identifier when _tokens[_index + 1].Kind == TokenKind.OpenParen:
                return ParseCall();
            case TokenKind.Identifier:
                Advance();
                return Count(new NameNode(token.Value, token.Position, token.End));
            default:
                throw Expected(
                    "数字、带引号的字符串、true、false、null、事实类型（如BudgetExecution）、函数（如sum(…)）、“(”、“-”或not",
                    "a number, a quoted string, true, false, null, a fact type (such as BudgetExecution), a function (such as sum(...)), '(', '-' or 'not'");
        }
    }

    private SyntaxNode ParseCall()
    {
        var name = Advance();
        Advance();
        var arguments = new List<SyntaxNode>();
        var context = Context.Parenthesis;
        if (Current.Kind != TokenKind.CloseParen)
        {
            while (true)
            {
                var argument = ParseExpression(Context.Argument);
                if (Current.Kind == TokenKind.Where)
                {
                    var where = Advance();
                    var condition = ParseExpression(Context.Condition);
                    argument = Count(new WhereNode(argument, condition, where.Position, argument.Start, condition.End));
                }

                arguments.Add(argument);
                context = argument is WhereNode ? Context.Condition : Context.Argument;
                if (Current.Kind != TokenKind.Comma)
                {
                    break;
                }

                Advance();
            }
        }

        var close = Expect(TokenKind.CloseParen, context);
        return Count(new CallNode(name.Value.ToLowerInvariant(), arguments, name.End, name.Position, close.End));
    }

    private Token Expect(TokenKind kind, Context context)
    {
        if (Current.Kind != kind)
        {
            throw UnexpectedAfterOperand(context);
        }

        return Advance();
    }

    private SyntaxErrorException UnexpectedAfterOperand(Context context)
    {
        var token = Current;
        if (token.Kind == TokenKind.Where)
        {
            return Error(FormulaErrorKind.Syntax, token.Position, token.Length,
                "where只能用在count、sum、any、all、min、max、one的参数中，紧跟事实类型，如count(EvaluatorFinding where IndicatorCode == \"2.1.7\")",
                "'where' can only follow a fact list inside count, sum, any, all, min, max or one, e.g. count(EvaluatorFinding where IndicatorCode == \"2.1.7\")");
        }

        if (token.Kind == TokenKind.Percent)
        {
            return Error(FormulaErrorKind.Syntax, token.Position, token.Length,
                "“%”只能紧跟在数字后面，如5%", "'%' can only follow a number, as in 5%");
        }

        var (zh, en) = context switch
        {
            Context.Formula => ($"{OperatorsZh}或公式结尾", $"{OperatorsEn} or the end of the formula"),
            Context.Parenthesis => ($"{OperatorsZh}或“)”", $"{OperatorsEn} or ')'"),
            Context.Argument => ($"{OperatorsZh}、where、“,”或“)”", $"{OperatorsEn}, 'where', ',' or ')'"),
            _ => ($"{OperatorsZh}、“,”或“)”", $"{OperatorsEn}, ',' or ')'"),
        };
        return Expected(zh, en);
    }

    private SyntaxErrorException Expected(string zh, string en)
    {
        var token = Current;
        var (foundZh, foundEn) = token.Describe();
        return Error(FormulaErrorKind.Syntax, token.Position, token.Length, $"应为{zh}，但遇到{foundZh}", $"expected {en}, but found {foundEn}");
    }

    private Token Advance() => _tokens[_index++];

    private void Enter(int position)
    {
        if (++_depth > Formula.MaxDepth)
        {
            throw new SyntaxErrorException(new FormulaError(FormulaErrorKind.Limit, _text, position, 1, DepthMessage()));
        }
    }

    private BinaryNode Binary(BinaryOperator op, SyntaxNode left, SyntaxNode right, Token opToken) =>
        Count(new BinaryNode(op, left, right, opToken.Position, left.Start, right.End));

    private T Count<T>(T node)
        where T : SyntaxNode
    {
        if (++_nodes > Formula.MaxNodes)
        {
            throw new SyntaxErrorException(new FormulaError(FormulaErrorKind.Limit, _text, node.Start, node.End - node.Start,
                new LocalizedText($"公式超过{Formula.MaxNodes}个组成部分：请拆分或简化", $"the formula has more than {Formula.MaxNodes} parts: split or simplify it")));
        }

        return node;
    }

    private SyntaxErrorException Error(FormulaErrorKind kind, int position, int length, string zh, string en) =>
        new(new FormulaError(kind, _text, position, length, new LocalizedText(zh, en)));

    private static BinaryOperator? ComparisonOperator(TokenKind kind) => kind switch
    {
        TokenKind.Equal => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
        _ => null,
    };
}
