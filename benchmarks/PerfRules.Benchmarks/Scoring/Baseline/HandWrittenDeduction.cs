namespace PerfRules.Benchmarks.Scoring.Baseline;

/// <summary>One deduction of the hand-written scorecard: the points lost, the reason in Chinese and the evidence cited.</summary>
/// <param name="Points">The points lost.</param>
/// <param name="Reason">The reason, worded as the engine's <c>Deduction.Reason</c> in Chinese.</param>
/// <param name="Evidence">The evaluator's evidence (vouchers, documents); empty for a computed deduction.</param>
public sealed record HandWrittenDeduction(decimal Points, string Reason, IReadOnlyList<string> Evidence)
{
    /// <summary>A deduction computed from the figures, which cites no evidence.</summary>
    public HandWrittenDeduction(decimal points, string reason)
        : this(points, reason, [])
    {
    }
}
