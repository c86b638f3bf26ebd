using System.Text.Json.Serialization;
using PerfRules.Facts;
using PerfRules.Internal;
using PerfRules.Scoring;

namespace PerfRules.Results;

/// <summary>
/// What an indicator rule yields: the indicator's outcome and score, with everything needed to explain it: the
/// metric and the band or step it hit, every deduction, the problems that kept it from being scored, and a note that
/// reads like the report's scoring note (评分说明).
/// </summary>
/// <remarks>
/// <para>Invariants, checked on construction: a <see cref="IndicatorOutcome.Scored"/> result has a score between 0 and
/// its effective weight, rounded half away from zero to two places; any other outcome has no score;
/// <see cref="IndicatorOutcome.Error"/> and <see cref="IndicatorOutcome.MissingData"/> carry at least one problem.</para>
/// <para>Bonus and penalty items (加减分项) are not indicator results: they adjust the total, see <see cref="AdjustmentPolicy"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record IndicatorResult
{
    /// <summary>Creates a result. The factories <see cref="Scored"/>, <see cref="NotApplicable"/>, <see cref="MissingData"/> and <see cref="Error"/> read better.</summary>
    /// <param name="code">The indicator code, e.g. <c>2.1.2</c>.</param>
    /// <param name="outcome">What became of the indicator.</param>
    /// <param name="weight">The points the scoring table gives it (权重).</param>
    /// <param name="effectiveWeight">The points it is worth after reallocation.</param>
    /// <param name="score">The score; required when scored, null otherwise. It is rounded to two places here.</param>
    /// <param name="note">The scoring note.</param>
    /// <param name="metric">The metric computed, if any.</param>
    /// <param name="hit">The band or step hit, e.g. "[90%, 100%) → 3分", if any.</param>
    /// <param name="deductions">The deductions.</param>
    /// <param name="problems">The problems with the facts; those that name no indicator are attributed to this one.</param>
    /// <exception cref="ArgumentException">An invariant in the remarks does not hold.</exception>
    public IndicatorResult(
        string code,
        IndicatorOutcome outcome,
        decimal weight,
        decimal effectiveWeight,
        decimal? score,
        LocalizedText note,
        MetricValue? metric = null,
        LocalizedText? hit = null,
        IEnumerable<Deduction>? deductions = null,
        IEnumerable<FactProblem>? problems = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(note);
        ArgumentOutOfRangeException.ThrowIfNegative(weight);
        ArgumentOutOfRangeException.ThrowIfNegative(effectiveWeight);
        Code = code;
        Outcome = outcome;
        Weight = weight;
        EffectiveWeight = effectiveWeight;
        Note = note;
        Metric = metric;
        Hit = hit;
        Deductions = EquatableList<Deduction>.From(deductions);
        Problems = TaggedWith(code, problems);

        if (outcome == IndicatorOutcome.Scored)
        {
            if (score is not { } s)
            {
                throw new ArgumentException($"Indicator {code} is scored but has no score.", nameof(score));
            }

            var rounded = ScoreRounding.Round(s);
            if (rounded < 0m || rounded > effectiveWeight)
            {
                throw new ArgumentException(
                    $"Indicator {code} scores {rounded}, outside 0 to its effective weight {effectiveWeight}.", nameof(score));
            }

            Score = rounded;
        }
        else if (score is not null)
        {
            throw new ArgumentException($"Indicator {code} is {outcome} and must not have a score.", nameof(score));
        }

        if (outcome is IndicatorOutcome.Error or IndicatorOutcome.MissingData && Problems.Count == 0)
        {
            throw new ArgumentException($"Indicator {code} is {outcome}: say what the problem is.", nameof(problems));
        }
    }

    /// <summary>Reads a result back from JSON: the same as the public constructor, with lists typed as the properties are.</summary>
    [JsonConstructor]
    internal IndicatorResult(
        string code,
        IndicatorOutcome outcome,
        decimal weight,
        decimal effectiveWeight,
        decimal? score,
        LocalizedText note,
        MetricValue? metric,
        LocalizedText? hit,
        IReadOnlyList<Deduction>? deductions,
        IReadOnlyList<FactProblem>? problems)
        : this(code, outcome, weight, effectiveWeight, score, note, metric, hit, (IEnumerable<Deduction>?)deductions, (IEnumerable<FactProblem>?)problems)
    {
    }

    /// <summary>The indicator code, e.g. <c>2.1.2</c>.</summary>
    public string Code { get; }

    /// <summary>What became of the indicator.</summary>
    public IndicatorOutcome Outcome { get; }

    /// <summary>The points the scoring table gives the indicator (权重).</summary>
    public decimal Weight { get; }

    /// <summary>The points the indicator is worth after reallocation (e.g. 支出完成率: 4 + 2 = 6).</summary>
    public decimal EffectiveWeight { get; }

    /// <summary>The score, rounded half away from zero to two places; null unless <see cref="Outcome"/> is <see cref="IndicatorOutcome.Scored"/>.</summary>
    public decimal? Score { get; }

    /// <summary>The scoring note, as the report would write it.</summary>
    public LocalizedText Note { get; }

    /// <summary>The metric computed, with its formula and inputs, if any.</summary>
    public MetricValue? Metric { get; }

    /// <summary>The band or step hit, if any.</summary>
    public LocalizedText? Hit { get; }

    /// <summary>Every deduction.</summary>
    public IReadOnlyList<Deduction> Deductions { get; }

    /// <summary>The problems with the facts, for <see cref="IndicatorOutcome.Error"/> and <see cref="IndicatorOutcome.MissingData"/>.</summary>
    public IReadOnlyList<FactProblem> Problems { get; }

    /// <summary>A scored indicator.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="weight">The table weight.</param>
    /// <param name="effectiveWeight">The weight after reallocation.</param>
    /// <param name="score">The score (rounded here).</param>
    /// <param name="note">The scoring note.</param>
    /// <param name="metric">The metric, if any.</param>
    /// <param name="hit">The band or step hit, if any.</param>
    /// <param name="deductions">The deductions.</param>
    /// <returns>The result.</returns>
    public static IndicatorResult Scored(
        string code,
        decimal weight,
        decimal effectiveWeight,
        decimal score,
        LocalizedText note,
        MetricValue? metric = null,
        LocalizedText? hit = null,
        IEnumerable<Deduction>? deductions = null) =>
        new(code, IndicatorOutcome.Scored, weight, effectiveWeight, score, note, metric, hit, deductions);

    /// <summary>An indicator that does not apply; its effective weight is 0.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="weight">The table weight.</param>
    /// <param name="note">Why it does not apply.</param>
    /// <returns>The result.</returns>
    public static IndicatorResult NotApplicable(string code, decimal weight, LocalizedText note) =>
        new(code, IndicatorOutcome.NotApplicable, weight, 0m, null, note);

    /// <summary>An indicator that could not be scored because a fact is missing.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="weight">The table weight.</param>
    /// <param name="note">What is missing, as a note.</param>
    /// <param name="problems">The problems, at least one.</param>
    /// <returns>The result.</returns>
    public static IndicatorResult MissingData(string code, decimal weight, LocalizedText note, params IEnumerable<FactProblem> problems) =>
        new(code, IndicatorOutcome.MissingData, weight, weight, null, note, problems: problems);

    /// <summary>An indicator that could not be scored because its facts cannot be right.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="weight">The table weight.</param>
    /// <param name="note">What is wrong, as a note.</param>
    /// <param name="problems">The problems, at least one.</param>
    /// <returns>The result.</returns>
    public static IndicatorResult Error(string code, decimal weight, LocalizedText note, params IEnumerable<FactProblem> problems) =>
        new(code, IndicatorOutcome.Error, weight, weight, null, note, problems: problems);

    /// <summary>The problems, each naming this indicator unless it already names one.</summary>
    private static EquatableList<FactProblem> TaggedWith(string code, IEnumerable<FactProblem>? problems)
    {
        if (problems is null or ICollection<FactProblem> { Count: 0 })
        {
            return EquatableList<FactProblem>.Empty;
        }

        if (problems is not IReadOnlyList<FactProblem> list)
        {
            list = [.. problems];
        }

        var tagged = new FactProblem[list.Count];
        for (var i = 0; i < tagged.Length; i++)
        {
            tagged[i] = list[i].IndicatorCode is null ? list[i].ForIndicator(code) : list[i];
        }

        return EquatableList<FactProblem>.Own(tagged);
    }
}
