namespace PerfRules.Benchmarks;

/// <summary>
/// Whether this run is a dry pass (<c>--job Dry</c>, as CI runs every benchmark once to keep them working). The large
/// cases (100,000 departments, 100,000 facts) then use smaller sizes, so that the pass stays within CI's budget: a dry
/// pass checks that each case runs and gives the right answer, it measures nothing.
/// </summary>
internal static class RunMode
{
    /// <summary>Set by <see cref="Program"/> from the command line, before BenchmarkDotNet reads the parameters.</summary>
    public static bool IsDry { get; private set; }

    /// <summary>Reads <c>--job dry</c> (or <c>-j dry</c>) from the arguments.</summary>
    public static void From(IReadOnlyList<string> args)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] is "--job" or "-j" && string.Equals(args[i + 1], "dry", StringComparison.OrdinalIgnoreCase))
            {
                IsDry = true;
            }
        }
    }

    /// <summary>The full size, or the dry-pass size in a dry pass.</summary>
    public static int Size(int full, int dry) => IsDry ? dry : full;
}
