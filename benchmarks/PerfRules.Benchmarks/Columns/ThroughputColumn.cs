using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PerfRules.Benchmarks.Columns;

/// <summary>
/// A column derived from the mean time of one call and how many units (scorecards, fact operations, records) the call
/// processes: either the units per second, or the time per unit. The count comes from the benchmark case (its
/// parameters and method), so the column is right whatever size a run uses.
/// </summary>
internal sealed class ThroughputColumn(string name, string legend, Func<BenchmarkCase, double> unitsPerCall, bool perSecond) : IColumn
{
    /// <summary>Units per second: <c>units / mean</c>.</summary>
    public static ThroughputColumn PerSecond(string name, string legend, Func<BenchmarkCase, double> unitsPerCall) =>
        new(name, legend, unitsPerCall, perSecond: true);

    /// <summary>Time per unit: <c>mean / units</c>.</summary>
    public static ThroughputColumn TimePerUnit(string name, string legend, Func<BenchmarkCase, double> unitsPerCall) =>
        new(name, legend, unitsPerCall, perSecond: false);

    public string Id => nameof(ThroughputColumn) + "." + ColumnName;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => perSecond ? UnitType.Dimensionless : UnitType.Time;

    public string Legend => legend;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var units = unitsPerCall(benchmarkCase);
        if (meanNanoseconds is not { } mean || mean <= 0 || units <= 0)
        {
            return "NA";
        }

        if (perSecond)
        {
            return (units / (mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
        }

        var perUnit = mean / units;
        return perUnit >= 1_000_000 ? (perUnit / 1_000_000).ToString("N2", CultureInfo.InvariantCulture) + " ms"
            : perUnit >= 1_000 ? (perUnit / 1_000).ToString("N2", CultureInfo.InvariantCulture) + " μs"
            : perUnit.ToString("N1", CultureInfo.InvariantCulture) + " ns";
    }

    public override string ToString() => ColumnName;
}
