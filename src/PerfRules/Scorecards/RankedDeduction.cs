using PerfRules.Results;

namespace PerfRules.Scorecards;

/// <summary>A deduction in the scorecard's ranking of where points were lost.</summary>
/// <param name="Rank">1 for the largest.</param>
/// <param name="IndicatorCode">The indicator that lost the points.</param>
/// <param name="IndicatorName">Its name.</param>
/// <param name="Deduction">The deduction.</param>
public sealed record RankedDeduction(int Rank, string IndicatorCode, LocalizedText IndicatorName, Deduction Deduction);
