using PerfRules.Testing.Variations;

namespace PerfRules.Testing.Running;

/// <summary>How one property run ended.</summary>
/// <param name="Passed">Whether every case passed.</param>
/// <param name="Tests">The cases run, up to and including the failing one.</param>
/// <param name="Shrinks">How many times the failing case was shrunk.</param>
/// <param name="Failing">The failing case, shrunk.</param>
/// <param name="Violation">Why it fails.</param>
internal sealed record RunResult(bool Passed, int Tests, int Shrinks, Variation? Failing, Violation? Violation);
