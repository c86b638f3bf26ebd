using PerfRules.Internal;
using PerfRules.Results;

namespace PerfRules.Scoring;

/// <summary>
/// A deduction an evaluator judged (酌情扣分): the points, the reason, and the evidence, e.g. 0.5 points for
/// "个别资金支出不规范" citing 2022年12月60#凭证 and 2022年12月63#凭证.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="points">The points it deducts, positive.</param>
    /// <param name="reason">The reason, as the scoring note says it.</param>
    /// <param name="evidence">Evidence references (voucher numbers, document numbers, URLs); may be empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is not positive.</exception>
    public Finding(decimal points, LocalizedText reason, params IEnumerable<string> evidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points);
        ArgumentNullException.ThrowIfNull(reason);
        Points = points;
        Reason = reason;
        Evidence = EquatableList<string>.From(evidence);
    }

    /// <summary>The points it deducts.</summary>
    public decimal Points { get; }

    /// <summary>The reason.</summary>
    public LocalizedText Reason { get; }

    /// <summary>Evidence references.</summary>
    public IReadOnlyList<string> Evidence { get; }
}
