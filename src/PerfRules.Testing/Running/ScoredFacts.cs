using PerfRules.Scorecards;

namespace PerfRules.Testing.Running;

/// <summary>One evaluation of some facts: the scorecard, or the exception the evaluation threw instead.</summary>
/// <param name="Facts">The facts evaluated, in the order inserted.</param>
/// <param name="Card">The scorecard; <see langword="null"/> when the evaluation threw.</param>
/// <param name="Error">What the evaluation threw, if it did.</param>
internal sealed record ScoredFacts(IReadOnlyList<object> Facts, Scorecard? Card, Exception? Error);
