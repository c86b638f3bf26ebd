using PerfRules.Evaluation;

namespace PerfRules.Testing.Variations;

/// <summary>The facts of one test case, and the change the boundary probe made, if it could make one.</summary>
/// <param name="Facts">The facts, in baseline order.</param>
/// <param name="ProbeAdjustment">What the probe changed; <see langword="null"/> when there was no probe or it could not be reached.</param>
internal sealed record VariedFacts(IReadOnlyList<object> Facts, MetricAdjustment? ProbeAdjustment);
