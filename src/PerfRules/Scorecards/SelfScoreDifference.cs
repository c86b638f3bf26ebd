using PerfRules.Results;

namespace PerfRules.Scorecards;

/// <summary>An indicator whose verified score (核查得分) differs from the department's self-assessed score (自评得分).</summary>
/// <param name="IndicatorCode">The indicator.</param>
/// <param name="IndicatorName">Its name.</param>
/// <param name="SelfScore">The self-assessed score.</param>
/// <param name="VerifiedScore">The verified score, or <see langword="null"/> when it was not scored.</param>
/// <param name="Difference">Verified minus self: negative when the evaluator found fewer points.</param>
public sealed record SelfScoreDifference(string IndicatorCode, LocalizedText IndicatorName, decimal SelfScore, decimal? VerifiedScore, decimal? Difference);
