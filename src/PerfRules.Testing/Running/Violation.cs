using PerfRules.Scorecards;

namespace PerfRules.Testing.Running;

/// <summary>A property that did not hold on one case: why, and what to show so a reader can see it.</summary>
/// <param name="Message">What went wrong, in words, with the numbers.</param>
/// <param name="Facts">The facts that were evaluated.</param>
/// <param name="Card">The scorecard to explain, if there is one.</param>
/// <param name="IndicatorCodes">The indicators whose rows explain the failure.</param>
/// <param name="Change">A change made to the case's facts before they were evaluated (a probe), in words; <see langword="null"/> for none.</param>
internal sealed record Violation(string Message, IReadOnlyList<object> Facts, Scorecard? Card, IReadOnlyList<string> IndicatorCodes, string? Change = null);
