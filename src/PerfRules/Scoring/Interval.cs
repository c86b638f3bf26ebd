using System.Text;
using PerfRules.Explanations;
using PerfRules.Internal;

namespace PerfRules.Scoring;

/// <summary>
/// A non-empty interval of decimal values whose every bound states whether it is included: the range a band of the
/// scoring criteria covers. <see cref="ClosedOpen"/>(0.9, 1) includes the start and excludes the end, exactly as the
/// criteria "90% ≤ 结果 &lt; 100%" mean; an absent bound means unbounded on that side.
/// </summary>
/// <remarks>
/// Criteria tables are loose about bounds (is 90% itself in "90%–95%"?): the factories make the author say which.
/// <see cref="ToString()"/> uses mathematical notation, "[0.9, 1)", and <see cref="ToPercentString"/> "[90%, 100%)".
/// Immutable and thread-safe.
/// </remarks>
public sealed record Interval
{
    private Interval(decimal? start, bool includesStart, decimal? end, bool includesEnd)
    {
        if (start is { } s && end is { } e)
        {
            if (s > e)
            {
                throw new ArgumentException($"An interval's start {Num(s)} must not be after its end {Num(e)}.");
            }

            if (s == e && !(includesStart && includesEnd))
            {
                throw new ArgumentException(
                    $"The interval from {Num(s)} to {Num(e)} with an excluded bound is empty; use Interval.Exactly for a single value.");
            }
        }

        Start = start;
        IncludesStart = start is not null && includesStart;
        End = end;
        IncludesEnd = end is not null && includesEnd;
    }

    /// <summary>The start (lower bound), or <see langword="null"/> when the interval is unbounded below.</summary>
    public decimal? Start { get; }

    /// <summary>Whether the interval includes its start; false when it has none.</summary>
    public bool IncludesStart { get; }

    /// <summary>The end (upper bound), or <see langword="null"/> when the interval is unbounded above.</summary>
    public decimal? End { get; }

    /// <summary>Whether the interval includes its end; false when it has none.</summary>
    public bool IncludesEnd { get; }

    /// <summary>(−∞, +∞): every value, e.g. the domain of a metric that can take any value.</summary>
    public static Interval Unbounded { get; } = new(null, false, null, false);

    /// <summary>[<paramref name="start"/>, <paramref name="end"/>]: includes the start and includes the end.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end, not before the start.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The end is before the start.</exception>
    public static Interval Closed(decimal start, decimal end) => new(start, true, end, true);

    /// <summary>(<paramref name="start"/>, <paramref name="end"/>): excludes the start and excludes the end.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end, after the start.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The end is not after the start.</exception>
    public static Interval Open(decimal start, decimal end) => new(start, false, end, false);

    /// <summary>[<paramref name="start"/>, <paramref name="end"/>): includes the start, excludes the end, e.g. 90% ≤ 结果 &lt; 100%.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end, after the start.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The end is not after the start.</exception>
    public static Interval ClosedOpen(decimal start, decimal end) => new(start, true, end, false);

    /// <summary>(<paramref name="start"/>, <paramref name="end"/>]: excludes the start, includes the end, e.g. 10% &lt; 结转结余率 ≤ 20%.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end, after the start.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The end is not after the start.</exception>
    public static Interval OpenClosed(decimal start, decimal end) => new(start, false, end, true);

    /// <summary>[<paramref name="value"/>, <paramref name="value"/>]: the single value, e.g. 结果 = 100%.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The interval.</returns>
    public static Interval Exactly(decimal value) => new(value, true, value, true);

    /// <summary>[<paramref name="start"/>, +∞): includes the start, unbounded above, e.g. 利用率 ≥ 95%.</summary>
    /// <param name="start">The start.</param>
    /// <returns>The interval.</returns>
    public static Interval AtLeast(decimal start) => new(start, true, null, false);

    /// <summary>(<paramref name="start"/>, +∞): excludes the start, unbounded above, e.g. 结转结余率 &gt; 30%.</summary>
    /// <param name="start">The start.</param>
    /// <returns>The interval.</returns>
    public static Interval Above(decimal start) => new(start, false, null, false);

    /// <summary>(−∞, <paramref name="end"/>]: unbounded below, includes the end, e.g. 结转结余率 ≤ 10%.</summary>
    /// <param name="end">The end.</param>
    /// <returns>The interval.</returns>
    public static Interval AtMost(decimal end) => new(null, false, end, true);

    /// <summary>(−∞, <paramref name="end"/>): unbounded below, excludes the end, e.g. 结果 &lt; 70%.</summary>
    /// <param name="end">The end.</param>
    /// <returns>The interval.</returns>
    public static Interval Below(decimal end) => new(null, false, end, false);

    /// <summary>Whether <paramref name="value"/> lies in the interval, its bounds included or excluded as stated.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the interval contains the value.</returns>
    public bool Contains(decimal value) =>
        (Start is not { } s || value > s || (IncludesStart && value == s))
        && (End is not { } e || value < e || (IncludesEnd && value == e));

    /// <summary>Whether some value lies in both intervals.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when the intervals share at least one value.</returns>
    public bool Overlaps(Interval other)
    {
        ArgumentNullException.ThrowIfNull(other);

        // The intersection runs from the later start to the earlier end; both intervals are non-empty, so it is
        // non-empty exactly when that start is before that end, or equal to it and included by both.
        var (start, includesStart) = Later(Start, IncludesStart, other.Start, other.IncludesStart);
        var (end, includesEnd) = Earlier(End, IncludesEnd, other.End, other.IncludesEnd);
        if (start is not { } s || end is not { } e)
        {
            return true;
        }

        return s < e || (s == e && includesStart && includesEnd);
    }

    /// <summary>The interval in mathematical notation with its bounds as plain numbers: "[0.9, 1)", "(-∞, 0.7)".</summary>
    /// <returns>The notation.</returns>
    public override string ToString() => TextBuffer.Release(AppendTo(TextBuffer.Acquire(), asPercent: false));

    /// <summary>The interval in mathematical notation with its bounds as percentages: "[90%, 100%)", "(30%, +∞)".</summary>
    /// <returns>The notation.</returns>
    public string ToPercentString() => TextBuffer.Release(AppendTo(TextBuffer.Acquire(), asPercent: true));

    /// <summary>The interval in mathematical notation with its bounds formatted by <paramref name="formatBound"/>.</summary>
    /// <param name="formatBound">Formats one bound.</param>
    /// <returns>The notation.</returns>
    public string ToString(Func<decimal, string> formatBound)
    {
        ArgumentNullException.ThrowIfNull(formatBound);
        var start = Start is { } s ? (IncludesStart ? "[" : "(") + formatBound(s) : "(-∞";
        var end = End is { } e ? formatBound(e) + (IncludesEnd ? "]" : ")") : "+∞)";
        return start + ", " + end;
    }

    /// <summary>
    /// Appends what <see cref="ToPercentString"/> (or, not <paramref name="asPercent"/>, <see cref="ToString()"/>)
    /// returns, without making strings of the bounds: a band's description is written straight into the note citing it.
    /// </summary>
    internal StringBuilder AppendTo(StringBuilder builder, bool asPercent)
    {
        if (Start is { } s)
        {
            AppendBound(builder.Append(IncludesStart ? '[' : '('), s, asPercent);
        }
        else
        {
            builder.Append("(-∞");
        }

        builder.Append(", ");
        return End is { } e ? AppendBound(builder, e, asPercent).Append(IncludesEnd ? ']' : ')') : builder.Append("+∞)");
    }

    // As ReportFormat.PercentBound and ReportFormat.Number write them.
    private static StringBuilder AppendBound(StringBuilder builder, decimal bound, bool asPercent)
    {
        if (asPercent)
        {
            return ReportFormat.AppendPercentBound(builder, bound);
        }

        PlainNumber.AppendTrimmed(builder, bound);
        return builder;
    }

    private static (decimal? Value, bool Included) Later(decimal? a, bool includesA, decimal? b, bool includesB) =>
        (a, b) switch
        {
            (null, _) => (b, includesB),
            (_, null) => (a, includesA),
            _ when a > b => (a, includesA),
            _ when b > a => (b, includesB),
            _ => (a, includesA && includesB),
        };

    private static (decimal? Value, bool Included) Earlier(decimal? a, bool includesA, decimal? b, bool includesB) =>
        (a, b) switch
        {
            (null, _) => (b, includesB),
            (_, null) => (a, includesA),
            _ when a < b => (a, includesA),
            _ when b < a => (b, includesB),
            _ => (a, includesA && includesB),
        };

    private static string Num(decimal value) => ReportFormat.Number(value);
}
