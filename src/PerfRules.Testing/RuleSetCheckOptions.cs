using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.Testing.Boundaries;

namespace PerfRules.Testing;

/// <summary>
/// What <see cref="RuleSetProperties"/> checks a rule set with. Only <see cref="Baseline"/> is required: a complete fact
/// set for the rule set (a department's golden facts, say), which the check varies: numbers scaled, dates moved, facts
/// left out, every metric put on and beside every bound of its scale, facts inserted in shuffled order.
/// </summary>
/// <remarks>Immutable; validated when a check starts. A failure report states the seed: set <see cref="Seed"/> to it to replay the same cases.</remarks>
/// <example>
/// <code>
/// RuleSetProperties.Check(ruleSet, new RuleSetCheckOptions { Baseline = goldenFacts, Seed = 20240304 });
/// </code>
/// </example>
public sealed record RuleSetCheckOptions
{
    /// <summary>The baseline facts: a complete fact set for the rule set; required and not empty.</summary>
    public required IReadOnlyList<object> Baseline { get; init; }

    /// <summary>How many varied cases each scorecard property is checked on (the baseline itself is the first); 200 by default.</summary>
    public int Cases { get; init; } = 200;

    /// <summary>
    /// On how many variations of the baseline (the baseline itself first) every metric is swept across its bounds for the
    /// boundary properties (<see cref="RuleSetProperty.BoundsAsDeclared"/>, <see cref="RuleSetProperty.EveryValueInOneBand"/>,
    /// <see cref="RuleSetProperty.Monotone"/>); 10 by default.
    /// </summary>
    public int BoundaryVariations { get; init; } = 10;

    /// <summary>How far "just below" and "just above" a bound b lie: <c>Epsilon × |b|</c> (or <c>Epsilon</c> when b is 0); 1e-6 by default.</summary>
    public decimal Epsilon { get; init; } = BoundaryGenerators.DefaultEpsilon;

    /// <summary>The seed of the cases; a random one (stated in the report) when null. The same seed, baseline and rule set give the same cases.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Which properties to check; all by default.</summary>
    public RuleSetProperty Properties { get; init; } = RuleSetProperty.All;

    /// <summary>
    /// Whether a metric indicator whose metric cannot be moved to any probe from the baseline (its <c>Adjust</c> gives
    /// nothing) fails the boundary properties rather than being reported as not exercised; false by default.
    /// </summary>
    public bool RequireEveryMetricExercised { get; init; }

    /// <summary>The evaluation options (working-day calendar, firing limit); the defaults when null.</summary>
    public EvaluationOptions? Evaluation { get; init; }

    /// <summary>The language of the scorecard explanations quoted in a failure report; Chinese, the language of the reports, by default.</summary>
    public Language ExplanationLanguage { get; init; } = Language.Chinese;

    /// <summary>Throws when an option is out of range.</summary>
    internal void Validate()
    {
        if (Baseline is null || Baseline.Count == 0)
        {
            throw new ArgumentException("RuleSetCheckOptions.Baseline must hold a complete fact set for the rule set (for example a department's golden facts).", nameof(Baseline));
        }

        if (Baseline.Any(f => f is null))
        {
            throw new ArgumentException("RuleSetCheckOptions.Baseline contains a null fact.", nameof(Baseline));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Cases, nameof(Cases));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BoundaryVariations, nameof(BoundaryVariations));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Epsilon, nameof(Epsilon));
        if (Epsilon >= 0.01m)
        {
            throw new ArgumentOutOfRangeException(nameof(Epsilon), Epsilon, "Epsilon must be small against the bounds: below 0.01 (1%).");
        }

        if ((Properties & ~RuleSetProperty.All) != 0 || Properties == RuleSetProperty.None)
        {
            throw new ArgumentOutOfRangeException(nameof(Properties), Properties, "Choose at least one RuleSetProperty.");
        }
    }
}
