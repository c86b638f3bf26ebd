namespace PerfRules.Benchmarks.Scoring.Baseline;

/// <summary>One row of the hand-written scorecard: an indicator or group of the Suixi 2022 table.</summary>
/// <param name="Code">The indicator code (2.1.2).</param>
/// <param name="EffectiveWeight">The weight after reallocation.</param>
/// <param name="Score">The score, rounded half away from zero to 2 places.</param>
/// <param name="Note">The scoring note (评分说明), in Chinese.</param>
/// <param name="Deductions">Every point lost, in the engine's order.</param>
public sealed record HandWrittenIndicator(string Code, decimal EffectiveWeight, decimal Score, string Note, IReadOnlyList<HandWrittenDeduction> Deductions);
