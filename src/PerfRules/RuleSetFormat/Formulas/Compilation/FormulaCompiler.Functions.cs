using System.Globalization;
using PerfRules.RuleSetFormat.Formulas.Syntax;

namespace PerfRules.RuleSetFormat.Formulas.Compilation;

/// <summary>The scalar functions: abs, round, floor, ceiling, min, max, if, ifnull, days, workdays, addDays, date.</summary>
internal sealed partial class FormulaCompiler
{
    /// <summary>The longest span workdays(…) counts, about ten years: each day asks the calendar once.</summary>
    internal const int MaxWorkdaySpan = 3660;

    private static readonly string[] Functions =
        ["abs", "addDays", "all", "any", "ceiling", "count", "date", "days", "floor", "if", "ifnull", "max", "min", "one", "round", "sum", "workdays"];

    private Bound BindCall(CallNode call, FactTypeInfo? item) => call.Function switch
    {
        "abs" => BindDecimalFunction(call, item, "abs(数值)", "abs(x)", Math.Abs),
        "floor" => BindDecimalFunction(call, item, "floor(数值)", "floor(x)", decimal.Floor),
        "ceiling" => BindDecimalFunction(call, item, "ceiling(数值)", "ceiling(x)", decimal.Ceiling),
        "round" => BindRound(call, item),
        "min" or "max" when call.Arguments.Count == 1 => BindExtremum(call, item),
        "min" or "max" => BindMinMax(call, item),
        "if" => BindIf(call, item),
        "ifnull" => BindIfNull(call, item),
        "days" or "workdays" => BindDays(call, item),
        "adddays" => BindAddDays(call, item),
        "date" => BindDate(call),
        "count" or "any" or "all" => BindCountAnyAll(call, item),
        "sum" => BindSum(call, item),
        "one" => BindOne(call, item),
        _ => UnknownFunction(call),
    };

    private ErrorBound UnknownFunction(CallNode call)
    {
        var written = _text[call.Start..call.NameEnd];
        var suggestion = NameSuggestions.Closest(call.Function, Functions);
        return Fail(call, call.Start, call.NameEnd - call.Start,
            $"未知的函数“{written}”{DidYouMeanZh(suggestion)}；可用的函数：{string.Join("、", Functions)}",
            $"unknown function '{written}'{DidYouMeanEn(suggestion)}; the functions are: {string.Join(", ", Functions)}");
    }

    // Function names are read in any case; messages spell them as the documentation does (addDays, not adddays).
    private static string Spelled(CallNode call) =>
        Functions.FirstOrDefault(f => string.Equals(f, call.Function, StringComparison.OrdinalIgnoreCase)) ?? call.Function;

    private bool CheckArity(CallNode call, int min, int max, string signatureZh, string signatureEn)
    {
        var count = call.Arguments.Count;
        if (count >= min && count <= max)
        {
            return true;
        }

        var (wantedZh, wantedEn) = min == max ? ($"{min}个", $"{min}") : max == int.MaxValue ? ($"至少{min}个", $"at least {min}") : ($"{min}到{max}个", $"{min} to {max}");
        Report(call.Start, call.NameEnd - call.Start,
            $"{Spelled(call)}需要{wantedZh}参数（{signatureZh}），但给了{count}个",
            $"{Spelled(call)} takes {wantedEn} argument{(max == 1 ? "" : "s")} ({signatureEn}), but got {count}");
        return false;
    }

    // A loop rather than Contains over the array, whose generic code for this enum is compiled anew in every process.
    private static bool IsOneOf(FormulaType type, FormulaType[] types)
    {
        foreach (var candidate in types)
        {
            if (candidate == type)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Binds argument <paramref name="index"/> and checks it is one of <paramref name="types"/>; null (reported) otherwise.</summary>
    private ScalarBound? Argument(CallNode call, int index, FactTypeInfo? item, params FormulaType[] types)
    {
        var bound = Bind(call.Arguments[index], item);
        if (bound is ErrorBound)
        {
            return null;
        }

        if (bound is ScalarBound scalar && IsOneOf(scalar.Type, types))
        {
            return scalar;
        }

        var wantedZh = string.Join("或", types.Select(FormulaTypeNames.Chinese));
        var wantedEn = string.Join(" or ", types.Select(FormulaTypeNames.English));
        Report(call.Arguments[index], $"{Spelled(call)}的第{index + 1}个参数应为{wantedZh}，但这里是{DescribeZh(bound)}",
            $"argument {index + 1} of {Spelled(call)} must be {wantedEn}, but this is {DescribeEn(bound)}");
        return null;
    }

    private Bound BindDecimalFunction(CallNode call, FactTypeInfo? item, string signatureZh, string signatureEn, Func<decimal, decimal> function)
    {
        if (!CheckArity(call, 1, 1, signatureZh, signatureEn) || Argument(call, 0, item, FormulaType.Decimal) is not { } x)
        {
            return new ErrorBound(call);
        }

        var evaluate = x.Evaluate;
        return new ScalarBound(call, FormulaType.Decimal, context =>
        {
            var value = evaluate(context);
            return value.HasValue ? FormulaValue.Of(function(value.Number)) : value;
        });
    }

    private Bound BindRound(CallNode call, FactTypeInfo? item)
    {
        if (!CheckArity(call, 1, 2, "round(数值, 小数位数)", "round(x, places)"))
        {
            return new ErrorBound(call);
        }

        var x = Argument(call, 0, item, FormulaType.Decimal);
        var places = 0;
        if (call.Arguments.Count == 2)
        {
            if (call.Arguments[1] is NumberLiteral { Value: var n } && n == decimal.Truncate(n) && n <= 28m)
            {
                places = (int)n;
            }
            else
            {
                Report(call.Arguments[1], "round的小数位数应写成0到28的整数，如round(x, 2)",
                    "the places of round must be written as a whole number from 0 to 28, as in round(x, 2)");
                return new ErrorBound(call);
            }
        }

        if (x is null)
        {
            return new ErrorBound(call);
        }

        var evaluate = x.Evaluate;
        return new ScalarBound(call, FormulaType.Decimal, context =>
        {
            var value = evaluate(context);
            return value.HasValue ? FormulaValue.Of(Math.Round(value.Number, places, MidpointRounding.AwayFromZero)) : value;
        });
    }

    private Bound BindMinMax(CallNode call, FactTypeInfo? item)
    {
        var isMin = call.Function == "min";
        if (!CheckArity(call, 2, int.MaxValue, $"{call.Function}(a, b, …)", $"{call.Function}(a, b, ...)"))
        {
            return new ErrorBound(call);
        }

        var arguments = new List<ScalarBound?>(call.Arguments.Count);
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            arguments.Add(Argument(call, i, item, FormulaType.Decimal, FormulaType.Date));
        }

        if (arguments.Any(a => a is null))
        {
            return new ErrorBound(call);
        }

        var type = arguments[0]!.Type;
        var mismatch = arguments.FirstOrDefault(a => a!.Type != type);
        if (mismatch is not null)
        {
            return Fail(mismatch.Syntax, $"{call.Function}的参数应为同一类型，第1个是{FormulaTypeNames.Chinese(type)}，这个是{FormulaTypeNames.Chinese(mismatch.Type)}",
                $"the arguments of {call.Function} must have the same type: the first is {FormulaTypeNames.English(type)}, this one is {FormulaTypeNames.English(mismatch.Type)}");
        }

        var evaluators = arguments.Select(a => a!.Evaluate).ToArray();
        return new ScalarBound(call, type, context =>
        {
            FormulaValue? best = null;
            foreach (var evaluate in evaluators)
            {
                var value = evaluate(context);
                if (!value.HasValue)
                {
                    return value;
                }

                if (best is null || Compare(value, best, type) is var c && (isMin ? c < 0 : c > 0))
                {
                    best = value;
                }
            }

            return best!;
        });
    }

    private static int Compare(FormulaValue a, FormulaValue b, FormulaType type) =>
        type == FormulaType.Date ? a.Date.CompareTo(b.Date) : decimal.Compare(a.Number, b.Number);

    private Bound BindIf(CallNode call, FactTypeInfo? item)
    {
        if (!CheckArity(call, 3, 3, "if(条件, 条件成立时的值, 不成立时的值)", "if(condition, then, else)"))
        {
            return new ErrorBound(call);
        }

        var condition = Argument(call, 0, item, FormulaType.Boolean);
        var (then, otherwise) = SameTypeArguments(call, 1, 2, item);
        if (condition is null || then is null || otherwise is null)
        {
            return new ErrorBound(call);
        }

        var (c, t, e) = (condition.Evaluate, then.Evaluate, otherwise.Evaluate);
        return new ScalarBound(call, then.Type, context =>
        {
            var test = c(context);
            return !test.HasValue ? test : test.Truth ? t(context) : e(context);
        }, then.EnumNames ?? otherwise.EnumNames);
    }

    private Bound BindIfNull(CallNode call, FactTypeInfo? item)
    {
        if (!CheckArity(call, 2, 2, "ifnull(值, 缺少时的值)", "ifnull(value, fallback)"))
        {
            return new ErrorBound(call);
        }

        var (value, fallback) = SameTypeArguments(call, 0, 1, item);
        if (value is null || fallback is null)
        {
            return new ErrorBound(call);
        }

        var (v, f) = (value.Evaluate, fallback.Evaluate);
        return new ScalarBound(call, value.Type, context =>
        {
            var result = v(context);
            return result.Kind == FormulaValueKind.Missing ? f(context) : result;
        }, value.EnumNames ?? fallback.EnumNames);
    }

    private (ScalarBound? First, ScalarBound? Second) SameTypeArguments(CallNode call, int first, int second, FactTypeInfo? item)
    {
        var all = new[] { FormulaType.Decimal, FormulaType.Boolean, FormulaType.String, FormulaType.Date };
        var a = Argument(call, first, item, all);
        var b = Argument(call, second, item, all);
        if (a is not null && b is not null && a.Type != b.Type)
        {
            Report(call.Arguments[second], $"{call.Function}的第{first + 1}、{second + 1}个参数应为同一类型，但一个是{FormulaTypeNames.Chinese(a.Type)}，一个是{FormulaTypeNames.Chinese(b.Type)}",
                $"arguments {first + 1} and {second + 1} of {call.Function} must have the same type, but one is {FormulaTypeNames.English(a.Type)} and the other {FormulaTypeNames.English(b.Type)}");
            return (null, null);
        }

        return (a, b);
    }

    private Bound BindDays(CallNode call, FactTypeInfo? item)
    {
        var working = call.Function == "workdays";
        if (!CheckArity(call, 2, 2, $"{call.Function}(起始日期, 截止日期)", $"{call.Function}(from, to)"))
        {
            return new ErrorBound(call);
        }

        var from = Argument(call, 0, item, FormulaType.Date);
        var to = Argument(call, 1, item, FormulaType.Date);
        if (from is null || to is null)
        {
            return new ErrorBound(call);
        }

        var (f, t) = (from.Evaluate, to.Evaluate);
        if (!working)
        {
            return new ScalarBound(call, FormulaType.Decimal, context =>
            {
                var a = f(context);
                if (!a.HasValue)
                {
                    return a;
                }

                var b = t(context);
                return b.HasValue ? FormulaValue.Of(b.Date.DayNumber - a.Date.DayNumber) : b;
            });
        }

        _requiresCalendar = true;
        return new ScalarBound(call, FormulaType.Decimal, context =>
        {
            var a = f(context);
            if (!a.HasValue)
            {
                return a;
            }

            var b = t(context);
            if (!b.HasValue)
            {
                return b;
            }

            if (context.Scope.Calendar is not { } calendar)
            {
                return Failure(call, "workdays需要工作日历，但计算时没有提供", "workdays needs a working-day calendar, but none was given");
            }

            var span = b.Date.DayNumber - a.Date.DayNumber;
            if (Math.Abs(span) > MaxWorkdaySpan)
            {
                return Failure(call, $"workdays最多计算{MaxWorkdaySpan}天的跨度，这里是{Math.Abs(span)}天",
                    $"workdays counts spans of at most {MaxWorkdaySpan} days, but this one is {Math.Abs(span)} days");
            }

            var (start, end, sign) = span >= 0 ? (a.Date, b.Date, 1) : (b.Date, a.Date, -1);
            var count = 0;
            for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
            {
                if (calendar.IsWorkingDay(day))
                {
                    count++;
                }
            }

            return FormulaValue.Of(sign * count);
        });
    }

    private Bound BindAddDays(CallNode call, FactTypeInfo? item)
    {
        if (!CheckArity(call, 2, 2, "addDays(日期, 天数)", "addDays(date, days)"))
        {
            return new ErrorBound(call);
        }

        var date = Argument(call, 0, item, FormulaType.Date);
        var days = Argument(call, 1, item, FormulaType.Decimal);
        if (date is null || days is null)
        {
            return new ErrorBound(call);
        }

        var (d, n) = (date.Evaluate, days.Evaluate);
        return new ScalarBound(call, FormulaType.Date, context =>
        {
            var from = d(context);
            if (!from.HasValue)
            {
                return from;
            }

            var count = n(context);
            if (!count.HasValue)
            {
                return count;
            }

            if (count.Number != decimal.Truncate(count.Number) || Math.Abs(count.Number) > MaxWorkdaySpan * 10m)
            {
                return Failure(call, $"addDays的天数应为整数，且不超过{MaxWorkdaySpan * 10}天，实际是{Explanations.ReportFormat.Number(count.Number)}",
                    $"the days of addDays must be a whole number of at most {MaxWorkdaySpan * 10}, not {Explanations.ReportFormat.Number(count.Number)}");
            }

            var day = from.Date.DayNumber + (int)count.Number;
            return day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber
                ? Failure(call, "addDays的结果超出日期范围", "the result of addDays is outside the range of dates")
                : FormulaValue.Of(DateOnly.FromDayNumber(day));
        });
    }

    private Bound BindDate(CallNode call)
    {
        if (!CheckArity(call, 1, 1, "date(\"yyyy-MM-dd\")", "date(\"yyyy-MM-dd\")"))
        {
            return new ErrorBound(call);
        }

        if (call.Arguments[0] is StringLiteral literal
            && DateOnly.TryParseExact(literal.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Constant(call, FormulaType.Date, FormulaValue.Of(date));
        }

        return Fail(call.Arguments[0], "date的参数应为\"年-月-日\"格式的日期字符串，如date(\"2023-04-30\")",
            "date takes a date written as \"yyyy-MM-dd\" in quotes, as in date(\"2023-04-30\")");
    }
}
