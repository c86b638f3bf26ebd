using PerfRules.Facts;

namespace PerfRules.Evaluation.Rules;

/// <summary>A problem with the input that no single indicator owns (an unknown indicator code, a self score above its weight).</summary>
internal sealed record InputProblem(FactProblem Problem);
