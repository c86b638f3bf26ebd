namespace PerfRules.Reporting.Layout;

/// <summary>One of the largest deductions, as the summary lists them.</summary>
/// <param name="Rank">1 for the largest.</param>
/// <param name="Indicator">The indicator's code and name.</param>
/// <param name="Points">The points deducted, a positive number.</param>
/// <param name="Reason">The reason, with its evidence.</param>
internal sealed record DeductionLine(int Rank, string Indicator, decimal Points, string Reason);
