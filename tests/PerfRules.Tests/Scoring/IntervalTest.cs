using FsCheck;
using FsCheck.Fluent;
using PerfRules.Scoring;
using Interval = PerfRules.Scoring.Interval;

namespace PerfRules.Tests.Scoring;

public sealed class IntervalTest
{
    [Fact]
    public void ClosedOpen_includes_the_start_and_excludes_the_end()
    {
        var interval = Interval.ClosedOpen(0.9m, 1m);
        Assert.True(interval.Contains(0.9m));
        Assert.True(interval.Contains(0.999999m));
        Assert.False(interval.Contains(1m));
        Assert.False(interval.Contains(0.899999m));
    }

    [Fact]
    public void OpenClosed_excludes_the_start_and_includes_the_end()
    {
        var interval = Interval.OpenClosed(0.1m, 0.2m);
        Assert.False(interval.Contains(0.1m));
        Assert.True(interval.Contains(0.100001m));
        Assert.True(interval.Contains(0.2m));
        Assert.False(interval.Contains(0.200001m));
    }

    [Fact]
    public void Closed_includes_both_bounds_and_Open_excludes_both()
    {
        Assert.True(Interval.Closed(1m, 2m).Contains(1m));
        Assert.True(Interval.Closed(1m, 2m).Contains(2m));
        Assert.False(Interval.Open(1m, 2m).Contains(1m));
        Assert.False(Interval.Open(1m, 2m).Contains(2m));
        Assert.True(Interval.Open(1m, 2m).Contains(1.5m));
    }

    [Fact]
    public void Exactly_contains_only_its_value()
    {
        var interval = Interval.Exactly(1m);
        Assert.True(interval.Contains(1m));
        Assert.True(interval.Contains(1.000m));
        Assert.False(interval.Contains(0.999999m));
        Assert.False(interval.Contains(1.000001m));
    }

    [Fact]
    public void Half_bounded_intervals_include_or_exclude_their_bound_as_named()
    {
        Assert.True(Interval.AtLeast(0.95m).Contains(0.95m));
        Assert.True(Interval.AtLeast(0.95m).Contains(1_000_000m));
        Assert.False(Interval.Above(0.3m).Contains(0.3m));
        Assert.True(Interval.Above(0.3m).Contains(0.300001m));
        Assert.True(Interval.AtMost(0.1m).Contains(0.1m));
        Assert.True(Interval.AtMost(0.1m).Contains(-1_000_000m));
        Assert.False(Interval.Below(0.7m).Contains(0.7m));
        Assert.True(Interval.Below(0.7m).Contains(0.699999m));
    }

    [Fact]
    public void An_unbounded_side_neither_has_nor_includes_a_bound()
    {
        var interval = Interval.AtLeast(1m);
        Assert.Null(interval.End);
        Assert.False(interval.IncludesEnd);
        Assert.Equal(1m, interval.Start);
        Assert.True(interval.IncludesStart);
    }

    [Fact]
    public void Start_after_end_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Interval.Closed(2m, 1m));
    }

    [Fact]
    public void An_empty_interval_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Interval.Open(1m, 1m));
        Assert.Throws<ArgumentException>(() => Interval.ClosedOpen(1m, 1m));
        Assert.Throws<ArgumentException>(() => Interval.OpenClosed(1m, 1m));
        Assert.Equal(Interval.Exactly(1m), Interval.Closed(1m, 1m));
    }

    [Fact]
    public void ToString_uses_mathematical_notation()
    {
        Assert.Equal("[0.9, 1)", Interval.ClosedOpen(0.90m, 1m).ToString());
        Assert.Equal("(-∞, 0.7)", Interval.Below(0.7m).ToString());
        Assert.Equal("[1, 1]", Interval.Exactly(1m).ToString());
    }

    [Fact]
    public void ToPercentString_shows_bounds_as_percentages()
    {
        Assert.Equal("[90%, 100%)", Interval.ClosedOpen(0.9m, 1m).ToPercentString());
        Assert.Equal("(10%, 20%]", Interval.OpenClosed(0.1m, 0.2m).ToPercentString());
        Assert.Equal("(30%, +∞)", Interval.Above(0.3m).ToPercentString());
        Assert.Equal("(-∞, -15%]", Interval.AtMost(-0.15m).ToPercentString());
        Assert.Equal("[12.5%, 100%]", Interval.Closed(0.125m, 1m).ToPercentString());
    }

    [Fact]
    public void Both_notations_format_every_bound_as_the_report_formats_a_number()
    {
        // Bounds with up to four decimals, negative ones and half-bounded intervals: each notation is the general one
        // with ReportFormat's own number and percentage.
        var bounds = Gen.Choose(-20_000, 20_000).Select(i => i / 10_000m);
        var intervals =
            from start in bounds
            from length in Gen.Choose(1, 20_000).Select(i => i / 10_000m)
            from shape in Gen.Choose(0, 5)
            select shape switch
            {
                0 => Interval.ClosedOpen(start, start + length),
                1 => Interval.OpenClosed(start, start + length),
                2 => Interval.Closed(start, start + length),
                3 => Interval.Above(start),
                4 => Interval.AtMost(start),
                _ => Interval.Exactly(start),
            };
        Prop.ForAll(intervals.ToArbitrary(), interval =>
            interval.ToString() == interval.ToString(PerfRules.Explanations.ReportFormat.Number)
            && interval.ToPercentString() == interval.ToString(PerfRules.Explanations.ReportFormat.PercentBound))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Intervals_that_share_only_a_bound_overlap_only_when_both_include_it()
    {
        Assert.False(Interval.ClosedOpen(0.8m, 0.9m).Overlaps(Interval.ClosedOpen(0.9m, 1m)));
        Assert.True(Interval.Closed(0.8m, 0.9m).Overlaps(Interval.ClosedOpen(0.9m, 1m)));
        Assert.False(Interval.Below(0.7m).Overlaps(Interval.AtLeast(0.7m)));
        Assert.True(Interval.AtMost(0.7m).Overlaps(Interval.AtLeast(0.7m)));
        Assert.False(Interval.ClosedOpen(0.9m, 1m).Overlaps(Interval.Exactly(1m)));
        Assert.True(Interval.Below(0m).Overlaps(Interval.AtMost(5m)));
    }

    [Fact]
    public void Overlaps_agrees_with_looking_for_a_shared_value()
    {
        // With integer bounds, a non-empty intersection holds an integer (a single point) or a half-integer, so
        // checking the half-integers from -1 to 11 is an exact reference for intervals within [0, 10].
        var probes = Enumerable.Range(-2, 27).Select(i => i / 2m).ToArray();
        var intervals = IntervalsWithIntegerBounds().ToArbitrary();
        Prop.ForAll(intervals, intervals, (a, b) =>
            a.Overlaps(b) == b.Overlaps(a)
            && a.Overlaps(b) == probes.Any(x => a.Contains(x) && b.Contains(x)))
            .QuickCheckThrowOnFailure();
    }

    internal static Gen<Interval> IntervalsWithIntegerBounds() =>
        from start in Gen.Choose(0, 10)
        from length in Gen.Choose(0, 10)
        from shape in Gen.Choose(0, 7)
        let end = (decimal)(start + length)
        select shape switch
        {
            0 => Interval.Closed(start, end),
            1 when length > 0 => Interval.Open(start, end),
            2 when length > 0 => Interval.ClosedOpen(start, end),
            3 when length > 0 => Interval.OpenClosed(start, end),
            4 => Interval.AtLeast(start),
            5 => Interval.Above(start),
            6 => Interval.AtMost(end),
            7 => Interval.Below(end),
            _ => Interval.Exactly(start),
        };
}
