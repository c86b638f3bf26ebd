using System.Text.Json.Serialization;
using PerfRules.Internal;

namespace PerfRules.Results;

/// <summary>
/// Points an indicator lost (扣分), with the rule that took them, why, the inputs it looked at and the evidence
/// (voucher numbers such as 2022年12月60#凭证, document numbers, URLs).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Deduction
{
    /// <summary>Creates a deduction.</summary>
    /// <param name="points">The points deducted, a positive number.</param>
    /// <param name="ruleName">The name of the rule that took them.</param>
    /// <param name="kind">Computed by the rule or judged by an evaluator.</param>
    /// <param name="reason">Why, as the scoring note says it.</param>
    /// <param name="inputs">The inputs the rule looked at; may be empty.</param>
    /// <param name="evidence">Evidence references; may be empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="ruleName"/> is blank.</exception>
    public Deduction(
        decimal points,
        string ruleName,
        DeductionKind kind,
        LocalizedText reason,
        IEnumerable<ScoringInput>? inputs = null,
        IEnumerable<string>? evidence = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleName);
        ArgumentNullException.ThrowIfNull(reason);
        Points = points;
        RuleName = ruleName;
        Kind = kind;
        Reason = reason;
        Inputs = EquatableList<ScoringInput>.From(inputs);
        Evidence = EquatableList<string>.From(evidence);
    }

    /// <summary>Reads a deduction back from JSON: the same as the public constructor, with lists typed as the properties are.</summary>
    [JsonConstructor]
    internal Deduction(
        decimal points,
        string ruleName,
        DeductionKind kind,
        LocalizedText reason,
        IReadOnlyList<ScoringInput>? inputs,
        IReadOnlyList<string>? evidence)
        : this(points, ruleName, kind, reason, (IEnumerable<ScoringInput>?)inputs, (IEnumerable<string>?)evidence)
    {
    }

    /// <summary>The points deducted, a positive number.</summary>
    public decimal Points { get; }

    /// <summary>The name of the rule that took the points.</summary>
    public string RuleName { get; }

    /// <summary>Computed by a rule or judged by an evaluator.</summary>
    public DeductionKind Kind { get; }

    /// <summary>Why, as the scoring note says it.</summary>
    public LocalizedText Reason { get; }

    /// <summary>The inputs the rule looked at, with their values, units and sources.</summary>
    public IReadOnlyList<ScoringInput> Inputs { get; }

    /// <summary>Evidence references: voucher numbers (2022年12月60#凭证), document numbers, URLs.</summary>
    public IReadOnlyList<string> Evidence { get; }

    /// <summary>A deduction a rule computed from figures.</summary>
    /// <param name="points">The points deducted.</param>
    /// <param name="ruleName">The rule.</param>
    /// <param name="reason">Why.</param>
    /// <param name="inputs">The inputs.</param>
    /// <returns>The deduction.</returns>
    public static Deduction Computed(decimal points, string ruleName, LocalizedText reason, params IEnumerable<ScoringInput> inputs) =>
        new(points, ruleName, DeductionKind.Computed, reason, inputs);

    /// <summary>A deduction an evaluator judged, with its evidence.</summary>
    /// <param name="points">The points deducted.</param>
    /// <param name="ruleName">The rule that recorded it.</param>
    /// <param name="reason">Why.</param>
    /// <param name="evidence">Evidence references.</param>
    /// <returns>The deduction.</returns>
    public static Deduction Judged(decimal points, string ruleName, LocalizedText reason, params IEnumerable<string> evidence) =>
        new(points, ruleName, DeductionKind.Judged, reason, evidence: evidence);
}
