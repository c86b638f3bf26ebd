using BenchmarkDotNet.Running;

namespace PerfRules.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, for example
/// <c>dotnet run -c Release --project benchmarks/PerfRules.Benchmarks -- --filter '*TwoFactJoin*'</c>.
/// Without arguments it asks which to run.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        RunMode.From(args);
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());

        // BenchmarkDotNet reports a benchmark that threw in its summary but still exits 0: fail the process instead,
        // so that CI notices a benchmark that no longer runs.
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
