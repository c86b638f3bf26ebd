using PerfRules.RuleSetFormat.Formulas.Syntax;

namespace PerfRules.RuleSetFormat.Formulas.Compilation;

/// <summary>Arithmetic, comparisons and logic.</summary>
internal sealed partial class FormulaCompiler
{
    private Bound BindUnary(UnaryNode node, FactTypeInfo? item)
    {
        var operand = Bind(node.Operand, item);
        if (operand is ErrorBound)
        {
            return operand;
        }

        var (wanted, symbol) = node.Operator == UnaryOperator.Not ? (FormulaType.Boolean, "not") : (FormulaType.Decimal, "-");
        if (operand is not ScalarBound { } scalar || scalar.Type != wanted)
        {
            return Fail(node.Operand, $"“{symbol}”后面应为{FormulaTypeNames.Chinese(wanted)}，但这里是{DescribeZh(operand)}",
                $"'{symbol}' needs {FormulaTypeNames.English(wanted)} after it, but this is {DescribeEn(operand)}");
        }

        var evaluate = scalar.Evaluate;
        var not = node.Operator == UnaryOperator.Not;
        return new ScalarBound(node, wanted, context =>
        {
            var value = evaluate(context);
            return !value.HasValue ? value : not ? FormulaValue.Of(!value.Truth) : FormulaValue.Of(-value.Number);
        });
    }

    private Bound BindBinary(BinaryNode node, FactTypeInfo? item)
    {
        var left = Bind(node.Left, item);
        var right = Bind(node.Right, item);
        if (left is ErrorBound || right is ErrorBound)
        {
            return new ErrorBound(node);
        }

        return node.Operator switch
        {
            BinaryOperator.And or BinaryOperator.Or => BindLogic(node, left, right),
            BinaryOperator.Equal or BinaryOperator.NotEqual => BindEquality(node, left, right),
            BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => BindOrdering(node, left, right),
            _ => BindArithmetic(node, left, right),
        };
    }

    private Bound BindArithmetic(BinaryNode node, Bound left, Bound right)
    {
        var symbol = Precedence.Symbol(node.Operator);
        if (left is ScalarBound { Type: FormulaType.Date } && right is ScalarBound { Type: FormulaType.Date } && node.Operator == BinaryOperator.Subtract)
        {
            return Fail(node, node.OperatorPosition, 1, "两个日期不能直接相减：相差天数请用days(起, 止)或workdays(起, 止)",
                "dates cannot be subtracted directly: count the days between them with days(from, to) or workdays(from, to)");
        }

        if (!IsScalar(left, FormulaType.Decimal) || !IsScalar(right, FormulaType.Decimal))
        {
            var (side, offender) = !IsScalar(left, FormulaType.Decimal) ? ("左边", left) : ("右边", right);
            var sideEn = side == "左边" ? "left" : "right";
            return Fail(offender.Syntax, $"“{symbol}”两边应为数值，但{side}是{DescribeZh(offender)}",
                $"'{symbol}' needs numbers on both sides, but its {sideEn} side is {DescribeEn(offender)}");
        }

        var l = ((ScalarBound)left).Evaluate;
        var r = ((ScalarBound)right).Evaluate;
        Func<decimal, decimal, decimal> operation = node.Operator switch
        {
            BinaryOperator.Add => static (a, b) => a + b,
            BinaryOperator.Subtract => static (a, b) => a - b,
            BinaryOperator.Multiply => static (a, b) => a * b,
            _ => static (a, b) => a / b,
        };
        var isDivision = node.Operator == BinaryOperator.Divide;
        var divisor = Source(node.Right);
        var position = node.OperatorPosition;
        var length = node.End - position;
        return new ScalarBound(node, FormulaType.Decimal, context =>
        {
            var a = l(context);
            if (!a.HasValue)
            {
                return a;
            }

            var b = r(context);
            if (!b.HasValue)
            {
                return b;
            }

            if (isDivision && b.Number == 0m)
            {
                return Failure(position, length, $"除数为0：{divisor} = 0", $"division by zero: {divisor} is 0");
            }

            try
            {
                return FormulaValue.Of(operation(a.Number, b.Number));
            }
            catch (OverflowException)
            {
                return Failure(position, length, $"“{symbol}”的计算结果超出数值范围", $"the result of '{symbol}' is too large");
            }
        });
    }

    private Bound BindOrdering(BinaryNode node, Bound left, Bound right)
    {
        var symbol = Precedence.Symbol(node.Operator);
        if (left is ScalarBound { Type: var lt } && right is ScalarBound { Type: var rt } && lt == rt && lt is FormulaType.Decimal or FormulaType.Date)
        {
            var l = ((ScalarBound)left).Evaluate;
            var r = ((ScalarBound)right).Evaluate;
            var isDate = lt == FormulaType.Date;
            Func<int, bool> test = node.Operator switch
            {
                BinaryOperator.Less => static c => c < 0,
                BinaryOperator.LessOrEqual => static c => c <= 0,
                BinaryOperator.Greater => static c => c > 0,
                _ => static c => c >= 0,
            };
            return new ScalarBound(node, FormulaType.Boolean, context =>
            {
                var a = l(context);
                if (!a.HasValue)
                {
                    return a;
                }

                var b = r(context);
                if (!b.HasValue)
                {
                    return b;
                }

                return FormulaValue.Of(test(isDate ? a.Date.CompareTo(b.Date) : decimal.Compare(a.Number, b.Number)));
            });
        }

        if (left is ScalarBound { Type: FormulaType.String or FormulaType.Boolean } l2 && right is ScalarBound r2 && l2.Type == r2.Type)
        {
            return Fail(node, node.OperatorPosition, symbol.Length,
                $"“{symbol}”只能比较两个数值或两个日期，{FormulaTypeNames.Chinese(l2.Type)}只能用==或!=比较",
                $"'{symbol}' compares two numbers or two dates; {FormulaTypeNames.English(l2.Type)} can only be compared with == or !=");
        }

        return Fail(node, node.OperatorPosition, symbol.Length,
            $"“{symbol}”只能比较两个数值或两个日期，但左边是{DescribeZh(left)}，右边是{DescribeZh(right)}",
            $"'{symbol}' compares two numbers or two dates, but its left side is {DescribeEn(left)} and its right side is {DescribeEn(right)}");
    }

    private Bound BindEquality(BinaryNode node, Bound left, Bound right)
    {
        var symbol = Precedence.Symbol(node.Operator);
        var negate = node.Operator == BinaryOperator.NotEqual;
        if (left is NullBound && right is NullBound)
        {
            return Fail(node, "null不能与null比较", "null cannot be compared with null");
        }

        if (left is NullBound || right is NullBound)
        {
            var other = left is NullBound ? right : left;
            if (other is not ScalarBound tested)
            {
                return Fail(other.Syntax, $"只有数值、逻辑值、文本或日期才能与null比较，这里是{DescribeZh(other)}",
                    $"only a number, true/false value, text or date can be compared with null; this is {DescribeEn(other)}");
            }

            // x == null asks whether x has no value: an empty field or an absent fact. An error is not "no value".
            var evaluate = tested.Evaluate;
            return new ScalarBound(node, FormulaType.Boolean, context =>
            {
                var value = evaluate(context);
                return value.Kind == FormulaValueKind.Error ? value : FormulaValue.Of((value.Kind == FormulaValueKind.Missing) != negate);
            });
        }

        if (left is not ScalarBound l || right is not ScalarBound r || l.Type != r.Type)
        {
            return Fail(node, node.OperatorPosition, symbol.Length,
                $"“{symbol}”两边应为同一类型，但左边是{DescribeZh(left)}，右边是{DescribeZh(right)}",
                $"'{symbol}' compares values of the same type, but its left side is {DescribeEn(left)} and its right side is {DescribeEn(right)}");
        }

        var misspeltOnRight = IsMisspeltEnumLiteral(l, r);
        if (IsMisspeltEnumLiteral(r, l) || misspeltOnRight)
        {
            return new ErrorBound(node);
        }

        var le = l.Evaluate;
        var re = r.Evaluate;
        var type = l.Type;

        // An empty field compares as null, so Tier == "二等奖" is simply false for an assessment given as a score; an
        // absent fact is still missing data, since "no fact" means the facts were not collected, not that the value is none.
        return new ScalarBound(node, FormulaType.Boolean, context =>
        {
            var a = le(context);
            if (a.Kind == FormulaValueKind.Error || a.Missing is { Field: null })
            {
                return a;
            }

            var b = re(context);
            if (b.Kind == FormulaValueKind.Error || b.Missing is { Field: null })
            {
                return b;
            }

            bool equal;
            if (!a.HasValue || !b.HasValue)
            {
                equal = a.HasValue == b.HasValue;
            }
            else
            {
                equal = type switch
                {
                    FormulaType.Decimal => a.Number == b.Number,
                    FormulaType.Boolean => a.Truth == b.Truth,
                    FormulaType.Date => a.Date == b.Date,
                    _ => string.Equals(a.Text, b.Text, StringComparison.Ordinal),
                };
            }

            return FormulaValue.Of(equal != negate);
        });
    }

    /// <summary>Reports a string literal compared with an enum field when the enum has no member of that name.</summary>
    private bool IsMisspeltEnumLiteral(ScalarBound field, ScalarBound literal)
    {
        if (field.EnumNames is not { } names || literal.Syntax is not StringLiteral text || names.Contains(text.Value, StringComparer.Ordinal))
        {
            return false;
        }

        var suggestion = NameSuggestions.Closest(text.Value, names);
        Report(text, $"{Source(field.Syntax)}的取值中没有\"{text.Value}\"{DidYouMeanZh(suggestion)}；可能的取值：{string.Join("、", names)}",
            $"{Source(field.Syntax)} is never \"{text.Value}\"{DidYouMeanEn(suggestion)}; its values are: {string.Join(", ", names)}");
        return true;
    }

    private Bound BindLogic(BinaryNode node, Bound left, Bound right)
    {
        var symbol = Precedence.Symbol(node.Operator);
        if (!IsScalar(left, FormulaType.Boolean) || !IsScalar(right, FormulaType.Boolean))
        {
            var (side, sideEn, offender) = !IsScalar(left, FormulaType.Boolean) ? ("左边", "left", left) : ("右边", "right", right);
            return Fail(offender.Syntax, $"“{symbol}”两边应为逻辑值（true/false），但{side}是{DescribeZh(offender)}",
                $"'{symbol}' needs true/false values on both sides, but its {sideEn} side is {DescribeEn(offender)}");
        }

        var l = ((ScalarBound)left).Evaluate;
        var r = ((ScalarBound)right).Evaluate;

        // Left to right, stopping as soon as the answer is known: if(x != null and x > 0, …) never reads a missing x.
        var stopAt = node.Operator == BinaryOperator.Or;
        return new ScalarBound(node, FormulaType.Boolean, context =>
        {
            var a = l(context);
            return !a.HasValue || a.Truth == stopAt ? a : r(context);
        });
    }

    private static bool IsScalar(Bound bound, FormulaType type) => bound is ScalarBound s && s.Type == type;
}
