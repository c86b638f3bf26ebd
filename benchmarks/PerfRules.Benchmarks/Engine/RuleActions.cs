using System.Runtime.CompilerServices;

namespace PerfRules.Benchmarks.Engine;

/// <summary>
/// What the benchmark rules do when they fire: nothing, so the figures measure the engine's matching and agenda
/// rather than the actions. Not inlined, so the call stays a real call in every rule.
/// </summary>
internal static class RuleActions
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Nothing()
    {
    }
}
