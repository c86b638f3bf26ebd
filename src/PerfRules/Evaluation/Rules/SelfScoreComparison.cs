namespace PerfRules.Evaluation.Rules;

/// <summary>A department's self-assessed score (自评得分) beside the verified score (核查得分) of the same indicator.</summary>
internal sealed record SelfScoreComparison(string IndicatorCode, decimal SelfScore, decimal? VerifiedScore);
