using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace PerfRules.Benchmarks;

/// <summary>
/// The configuration every benchmark runs with: BenchmarkDotNet's defaults plus allocation figures, since what a
/// session allocates per fact matters as much as its speed, and the median beside the mean, which a machine shared
/// with other work skews less. Jobs (<c>--job short</c>, <c>--job dry</c>) come from the command line.
/// </summary>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
    }
}
