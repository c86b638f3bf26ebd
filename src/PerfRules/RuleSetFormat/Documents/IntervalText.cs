using System.Globalization;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Documents;

/// <summary>
/// Reads an interval written as mathematics writes it: <c>"[0.9, 1)"</c> includes 0.9 and excludes 1, <c>"(-inf, 10%]"</c>
/// is unbounded below and includes 10%, <c>"[1, 1]"</c> is exactly 1. Bounds may be percentages; an infinite bound is
/// written <c>-inf</c>, <c>+inf</c> (or <c>inf</c>, <c>-∞</c>, <c>+∞</c>, <c>∞</c>) and is always excluded.
/// </summary>
internal static class IntervalText
{
    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Interval? interval, out (string Chinese, string English) problem)
    {
        interval = null;
        problem = default;
        var trimmed = text.Trim();
        if (trimmed.Length < 5 || trimmed[0] is not ('[' or '(') || trimmed[^1] is not (']' or ')'))
        {
            problem = ("区间应写作\"[下限, 上限)\"：方括号包含该端点，圆括号不包含，如\"[90%, 100%)\"、\"(-inf, 10%]\"、\"[1, 1]\"",
                "write an interval as \"[start, end)\": a square bracket includes that bound, a round one excludes it, e.g. \"[90%, 100%)\", \"(-inf, 10%]\", \"[1, 1]\"");
            return false;
        }

        var bounds = trimmed[1..^1].Split(',');
        if (bounds.Length != 2)
        {
            problem = ("区间应有两个端点，用一个逗号分隔", "an interval has two bounds separated by one comma");
            return false;
        }

        var includesStart = trimmed[0] == '[';
        var includesEnd = trimmed[^1] == ']';
        if (!TryBound(bounds[0].Trim(), -1, out var start, out problem) || !TryBound(bounds[1].Trim(), +1, out var end, out problem))
        {
            return false;
        }

        if (start is null && includesStart || end is null && includesEnd)
        {
            problem = ("无穷端点不能包含：请用圆括号，如\"(-inf, 0.7)\"", "an infinite bound cannot be included: use a round bracket, as in \"(-inf, 0.7)\"");
            return false;
        }

        if (start is { } s && end is { } e)
        {
            if (s > e)
            {
                problem = ($"下限{Format(s)}大于上限{Format(e)}", $"the start {Format(s)} is after the end {Format(e)}");
                return false;
            }

            if (s == e && !(includesStart && includesEnd))
            {
                problem = ($"区间为空：单个值请写作\"[{Format(s)}, {Format(s)}]\"", $"the interval is empty: write a single value as \"[{Format(s)}, {Format(s)}]\"");
                return false;
            }
        }

        interval = (start, end) switch
        {
            (null, null) => Interval.Unbounded,
            (null, { } b) => includesEnd ? Interval.AtMost(b) : Interval.Below(b),
            ({ } a, null) => includesStart ? Interval.AtLeast(a) : Interval.Above(a),
            ({ } a, { } b) when a == b => Interval.Exactly(a),
            ({ } a, { } b) => (includesStart, includesEnd) switch
            {
                (true, true) => Interval.Closed(a, b),
                (true, false) => Interval.ClosedOpen(a, b),
                (false, true) => Interval.OpenClosed(a, b),
                _ => Interval.Open(a, b),
            },
        };
        return interval is not null;
    }

    /// <summary>A number, or a percentage such as <c>5%</c> (exactly 0.05).</summary>
    public static bool TryNumber(string text, out decimal value)
    {
        var percent = text.EndsWith('%');
        var digits = percent ? text[..^1].TrimEnd() : text;
        if (digits.Length == 0 || !decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            value = 0m;
            return false;
        }

        if (percent)
        {
            value /= 100m;
        }

        return true;
    }

    private static bool TryBound(string text, int sign, out decimal? value, out (string Chinese, string English) problem)
    {
        problem = default;
        var infinite = text switch
        {
            "-inf" or "-∞" or "-infinity" => -1,
            "+inf" or "inf" or "+∞" or "∞" or "+infinity" or "infinity" => +1,
            _ => 0,
        };
        if (infinite != 0)
        {
            value = null;
            if (infinite != sign)
            {
                problem = sign < 0
                    ? ("下限不能是正无穷", "the start cannot be +inf")
                    : ("上限不能是负无穷", "the end cannot be -inf");
                return false;
            }

            return true;
        }

        if (TryNumber(text, out var number))
        {
            value = number;
            return true;
        }

        value = null;
        problem = ($"“{text}”不是数字、百分数或无穷（-inf、+inf）", $"\"{text}\" is not a number, a percentage or an infinity (-inf, +inf)");
        return false;
    }

    private static string Format(decimal value) => Explanations.ReportFormat.Number(value);
}
