using PerfRules.Results;
using PerfRules.RuleSetFormat.Formulas.Syntax;

namespace PerfRules.RuleSetFormat.Formulas.Compilation;

/// <summary>
/// The functions over fact lists: count, sum, any, all, min and max of a field, and one. Each runs its where condition
/// on every fact of the type, so the kind of result (value, missing, error) never depends on the facts' order.
/// </summary>
internal sealed partial class FormulaCompiler
{
    private Bound BindCountAnyAll(CallNode call, FactTypeInfo? item)
    {
        var function = call.Function;
        if (!CheckArity(call, 1, 1, $"{function}(事实类型 where 条件)", $"{function}(FactType where condition)")
            || BindSource(call, item, FieldUse.Forbidden) is not { } source)
        {
            return new ErrorBound(call);
        }

        if (function == "all" && source.Condition is null)
        {
            return Fail(call, "all需要where条件，如all(Disclosure where PublishedOn != null)",
                "all needs a where condition, as in all(Disclosure where PublishedOn != null)");
        }

        var type = function == "count" ? FormulaType.Decimal : FormulaType.Boolean;
        return new ScalarBound(call, type, context =>
        {
            var matches = new List<object>();
            if (Select(context, source, matches, out var total) is { } failure)
            {
                return failure;
            }

            return function switch
            {
                "count" => FormulaValue.Of(matches.Count),
                "any" => FormulaValue.Of(matches.Count > 0),
                _ => FormulaValue.Of(matches.Count == total),
            };
        });
    }

    private Bound BindSum(CallNode call, FactTypeInfo? item)
    {
        if (!CheckArity(call, 1, 2, "sum(事实类型.字段 where 条件)或sum(事实类型 where 条件, 每条事实的数值)", "sum(FactType.Field where condition) or sum(FactType where condition, value of each fact)"))
        {
            return new ErrorBound(call);
        }

        if (call.Arguments.Count == 2)
        {
            return BindSumOf(call, item);
        }

        if (BindSource(call, item, FieldUse.Required, FormulaType.Decimal) is not { } source)
        {
            return new ErrorBound(call);
        }

        var position = call.Start;
        var length = call.End - call.Start;
        return new ScalarBound(call, FormulaType.Decimal, context =>
        {
            var values = new List<FormulaValue>();
            if (Project(context, source, call, values) is { } failure)
            {
                return failure;
            }

            try
            {
                return FormulaValue.Of(values.Sum(v => v.Number));
            }
            catch (OverflowException)
            {
                return Failure(position, length, "sum的结果超出数值范围", "the result of sum is too large");
            }
        });
    }

    /// <summary>
    /// <c>sum(T where c, value)</c>: the sum of a number computed for each fact of the list, whose bare names are fields
    /// of that fact (as in the condition): <c>sum(ExternalAssessment, Score * 100 / FullMark)</c>.
    /// </summary>
    private Bound BindSumOf(CallNode call, FactTypeInfo? item)
    {
        if (BindSource(call, item, FieldUse.Forbidden) is not { } source)
        {
            return new ErrorBound(call);
        }

        var bound = Bind(call.Arguments[1], source.FactType);
        if (bound is ErrorBound)
        {
            return new ErrorBound(call);
        }

        if (bound is not ScalarBound { Type: FormulaType.Decimal } value)
        {
            return Fail(call.Arguments[1], $"sum的第2个参数应为每条{source.FactType.Name}事实的数值，但这里是{DescribeZh(bound)}",
                $"argument 2 of sum must be a number for each {source.FactType.Name} fact, but this is {DescribeEn(bound)}");
        }

        var evaluate = value.Evaluate;
        var position = call.Start;
        var length = call.End - call.Start;
        return new ScalarBound(call, FormulaType.Decimal, context =>
        {
            var matches = new List<object>();
            if (Select(context, source, matches, out _) is { } failure)
            {
                return failure;
            }

            var total = 0m;
            var outer = context.Item;
            try
            {
                foreach (var fact in matches)
                {
                    context.Item = fact;
                    var each = evaluate(context);
                    if (!each.HasValue)
                    {
                        return each;
                    }

                    total += each.Number;
                }
            }
            catch (OverflowException)
            {
                return Failure(position, length, "sum的结果超出数值范围", "the result of sum is too large");
            }
            finally
            {
                context.Item = outer;
            }

            return FormulaValue.Of(total);
        });
    }

    private Bound BindExtremum(CallNode call, FactTypeInfo? item)
    {
        var isMin = call.Function == "min";
        if (BindSource(call, item, FieldUse.Required, FormulaType.Decimal, FormulaType.Date) is not { } source)
        {
            return new ErrorBound(call);
        }

        var field = source.Projection!;
        var empty = FormulaValue.Of(new MissingData(source.FactType.Name, null,
            new LocalizedText($"没有{DescriptionZh(source)}，无法取{(isMin ? "最小值" : "最大值")}",
                $"there is no {DescriptionEn(source)}, so there is no {(isMin ? "minimum" : "maximum")}"), call.Start));
        return new ScalarBound(call, field.Type, context =>
        {
            var values = new List<FormulaValue>();
            if (Project(context, source, call, values) is { } failure)
            {
                return failure;
            }

            if (values.Count == 0)
            {
                return empty;
            }

            var best = values[0];
            foreach (var value in values)
            {
                var c = Compare(value, best, field.Type);
                if (isMin ? c < 0 : c > 0)
                {
                    best = value;
                }
            }

            return best;
        }, field.EnumNames);
    }

    private Bound BindOne(CallNode call, FactTypeInfo? item)
    {
        if (!CheckArity(call, 1, 1, "one(事实类型 where 条件)", "one(FactType where condition)")
            || BindSource(call, item, FieldUse.Optional) is not { } source)
        {
            return new ErrorBound(call);
        }

        var none = FormulaValue.Of(new MissingData(source.FactType.Name, null,
            new LocalizedText($"没有{DescriptionZh(source)}", $"there is no {DescriptionEn(source)}"), call.Start));
        FactEvaluator one = (EvaluationContext context, out FormulaValue? failure) =>
        {
            var matches = new List<object>();
            failure = Select(context, source, matches, out _);
            if (failure is not null)
            {
                return null;
            }

            if (matches.Count == 1)
            {
                return matches[0];
            }

            failure = matches.Count == 0
                ? none
                : Failure(call, $"one要求恰好一条{DescriptionZh(source)}，但有{matches.Count}条：请收紧where条件",
                    $"one needs exactly one {DescriptionEn(source)}, but there are {matches.Count}: narrow the where condition");
            return null;
        };

        if (source.Projection is not { } field)
        {
            return new FactBound(call, source.FactType, one);
        }

        var empty = FormulaValue.Of(EmptyField(call, field));
        return new ScalarBound(call, field.Type, context => one(context, out var failure) is { } fact ? field.Read(fact) ?? empty : failure!, field.EnumNames);
    }

    /// <summary>
    /// Runs the condition on every fact of the source's type and collects the matches. Returns the first error if any
    /// fact's condition is an error, else the first missing value if any is missing, else null.
    /// </summary>
    private static FormulaValue? Select(EvaluationContext context, FactSource source, List<object> matches, out int total)
    {
        var facts = context.Scope.FactsOf(source.FactType.Type);
        total = facts.Count;
        if (source.Condition is not { } condition)
        {
            matches.AddRange(facts);
            return null;
        }

        FormulaValue? missing = null;
        var outer = context.Item;
        try
        {
            foreach (var fact in facts)
            {
                context.Item = fact;
                var test = condition(context);
                if (test.Kind == FormulaValueKind.Error)
                {
                    return test;
                }

                if (test.Kind == FormulaValueKind.Missing)
                {
                    missing ??= test;
                }
                else if (test.Truth)
                {
                    matches.Add(fact);
                }
            }
        }
        finally
        {
            context.Item = outer;
        }

        return missing;
    }

    /// <summary>Selects the matches and reads the projected field of each; an empty field makes the result missing.</summary>
    private static FormulaValue? Project(EvaluationContext context, FactSource source, SyntaxNode node, List<FormulaValue> values)
    {
        var matches = new List<object>();
        if (Select(context, source, matches, out _) is { } failure)
        {
            return failure;
        }

        var field = source.Projection!;
        foreach (var fact in matches)
        {
            if (field.Read(fact) is not { } value)
            {
                return FormulaValue.Of(EmptyField(node, field));
            }

            values.Add(value);
        }

        return null;
    }

    private enum FieldUse
    {
        Forbidden,
        Optional,
        Required,
    }

    /// <summary>
    /// Binds the single argument of an aggregate as a fact list: <c>FactType</c> or <c>FactType.Field</c>, optionally
    /// followed by <c>where condition</c>, whose bare names are fields of that fact type.
    /// </summary>
    private FactSource? BindSource(CallNode call, FactTypeInfo? item, FieldUse fieldUse, params FormulaType[] fieldTypes)
    {
        var argument = call.Arguments[0];
        var (list, conditionSyntax) = argument is WhereNode w ? (w.Source, w.Condition) : (argument, null);
        var (typeName, fieldNode) = list switch
        {
            NameNode n => (n, (MemberNode?)null),
            MemberNode { Target: NameNode n } m => (n, m),
            _ => ((NameNode?)null, (MemberNode?)null),
        };

        var example = fieldUse == FieldUse.Required
            ? $"{call.Function}(EvaluatorFinding.Points where IndicatorCode == \"2.1.7\")"
            : $"{call.Function}(EvaluatorFinding where IndicatorCode == \"2.1.7\")";
        if (typeName is null || !_schema.TryGetFactType(typeName.Name, out var factType))
        {
            if (typeName is not null)
            {
                UnknownFactType(typeName);
            }
            else
            {
                var (orZh, orEn) = call.Function is "min" or "max" ? ("，或至少两个值", ", or at least two values") : ("", "");
                Report(list, $"{call.Function}的参数应为事实列表，如{example}{orZh}", $"{call.Function} takes a fact list, as in {example}{orEn}");
            }

            return null;
        }

        FieldAccessor? projection = null;
        if (fieldNode is not null)
        {
            if (fieldUse == FieldUse.Forbidden)
            {
                Report(fieldNode, $"{call.Function}针对整条事实，不取字段：请写成{example}",
                    $"{call.Function} works on whole facts, not a field: write {example}");
                return null;
            }

            projection = Field(fieldNode, factType);
            if (projection is null)
            {
                return null;
            }

            if (fieldTypes.Length > 0 && !IsOneOf(projection.Type, fieldTypes))
            {
                Report(fieldNode, $"{call.Function}的字段应为{string.Join("或", fieldTypes.Select(FormulaTypeNames.Chinese))}，但{factType.Name}.{projection.Name}是{FormulaTypeNames.Chinese(projection.Type)}",
                    $"{call.Function} needs a field that is {string.Join(" or ", fieldTypes.Select(FormulaTypeNames.English))}, but {factType.Name}.{projection.Name} is {FormulaTypeNames.English(projection.Type)}");
                return null;
            }
        }
        else if (fieldUse == FieldUse.Required)
        {
            Report(list, $"{call.Function}需要指定字段，如{example}", $"{call.Function} needs a field, as in {example}");
            return null;
        }
        else
        {
            Reference(factType.Name, null);
        }

        Evaluator? condition = null;
        if (conditionSyntax is not null)
        {
            var bound = Bind(conditionSyntax, factType);
            if (bound is ErrorBound)
            {
                return null;
            }

            if (bound is not ScalarBound { Type: FormulaType.Boolean } test)
            {
                Report(conditionSyntax, $"where后面应为条件（逻辑值），但这里是{DescribeZh(bound)}",
                    $"'where' must be followed by a condition (true/false), but this is {DescribeEn(bound)}");
                return null;
            }

            condition = test.Evaluate;
        }

        return new FactSource(factType, projection, condition, conditionSyntax is null ? "" : Source(conditionSyntax));
    }

    private static string DescriptionZh(FactSource source) =>
        source.Condition is null ? $"{source.FactType.Name}事实" : $"满足“{source.Description}”的{source.FactType.Name}事实";

    private static string DescriptionEn(FactSource source) =>
        source.Condition is null ? $"{source.FactType.Name} fact" : $"{source.FactType.Name} fact where {source.Description}";
}
