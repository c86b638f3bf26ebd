using System.Text.Json.Serialization;
using PerfRules.Internal;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Facts;

/// <summary>
/// A deduction an evaluator judged for an indicator (酌情扣分), with the reason and the evidence, e.g. 财务合规性:
/// 0.5 points, 个别资金支出不规范, evidence 2022年12月60#凭证 and 2022年12月63#凭证.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EvaluatorFinding : IIndicatorFact
{
    /// <summary>Creates the fact.</summary>
    /// <param name="indicatorCode">The indicator, e.g. <c>2.1.7</c>.</param>
    /// <param name="points">The points deducted, positive.</param>
    /// <param name="reason">The reason as the evaluator wrote it (Chinese; English optional).</param>
    /// <param name="evidence">Evidence references: voucher numbers, document numbers, URLs.</param>
    public EvaluatorFinding(string indicatorCode, decimal points, LocalizedText reason, params IEnumerable<string> evidence)
    {
        IndicatorCode = indicatorCode;
        Points = points;
        Reason = reason;
        Evidence = EquatableList<string>.From(evidence);
    }

    /// <summary>Reads a finding from a facts file: the same as the public constructor, with the evidence typed as the property is.</summary>
    [JsonConstructor]
    internal EvaluatorFinding(string indicatorCode, decimal points, LocalizedText reason, IReadOnlyList<string>? evidence)
        : this(indicatorCode, points, reason, (IEnumerable<string>)(evidence ?? []))
    {
    }

    /// <summary>The indicator the deduction is for.</summary>
    public string IndicatorCode { get; }

    /// <summary>The points deducted.</summary>
    public decimal Points { get; }

    /// <summary>The reason.</summary>
    public LocalizedText Reason { get; }

    /// <summary>Evidence references.</summary>
    public IReadOnlyList<string> Evidence { get; }

    /// <summary>The finding as a scoring building block, for <see cref="Findings"/>.</summary>
    /// <returns>The finding.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The points are not positive (see <see cref="Validate"/>).</exception>
    public Finding ToFinding() => new(Points, Reason, Evidence);

    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate()
    {
        var checks = new FactChecks(nameof(EvaluatorFinding)).Code(nameof(IndicatorCode), IndicatorCode);
        if (Points <= 0m)
        {
            checks.Add(nameof(Points), $"扣分须为正数（{Explanations.ReportFormat.Number(Points)}）", $"Points must be positive ({Explanations.ReportFormat.Number(Points)})");
        }

        if (Reason is null)
        {
            checks.Add(nameof(Reason), "扣分理由不能为空", "Reason is required");
        }

        return checks.Problems;
    }
}
