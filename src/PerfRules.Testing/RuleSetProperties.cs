using FsCheck;
using PerfRules.Evaluation;
using PerfRules.Testing.Properties;
using PerfRules.Testing.Reporting;
using PerfRules.Testing.Running;
using PerfRules.Testing.Variations;

namespace PerfRules.Testing;

/// <summary>
/// Property-tests a rule set, ours or a county's own, in one call from any test framework: varies a baseline fact set
/// (numbers scaled, dates moved, facts left out, insertion order shuffled), sweeps every metric indicator across every
/// bound of its bands and steps (read from the rule set itself), and checks the <see cref="RuleSetProperty"/> list. A
/// failure is shrunk by FsCheck towards the baseline and towards fewer facts and reported with the scorecard's own
/// explanation of it.
/// </summary>
/// <remarks>
/// Depends on FsCheck only: <see cref="Check"/> throws a plain <see cref="RuleSetPropertyException"/>, which xunit, NUnit
/// and MSTest all report as a failure with its message. Deterministic for a given seed, baseline and rule set.
/// Thread-safe: each call compiles the rule set once and keeps its cases to itself, so calls may run in parallel.
/// </remarks>
/// <example>
/// <code>
/// [Fact]
/// public void Suixi_rule_set_keeps_its_properties() =&gt;
///     RuleSetProperties.Check(BuiltInRuleSets.GuangdongSuixi2022, new RuleSetCheckOptions { Baseline = goldenFacts });
/// </code>
/// </example>
public static class RuleSetProperties
{
    private static readonly (RuleSetProperty, Func<MetricSweep, Violation?>)[] SweepProperties =
    [
        (RuleSetProperty.BoundsAsDeclared, BoundsAsDeclared.Check),
        (RuleSetProperty.EveryValueInOneBand, EveryValueInOneBand.Check),
        (RuleSetProperty.Monotone, Monotone.Check),
    ];

    /// <summary>Checks every chosen property and throws when one fails.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="options">The baseline facts and the check's settings.</param>
    /// <returns>The result, when every property held.</returns>
    /// <exception cref="RuleSetPropertyException">A property failed; the message is the readable report.</exception>
    /// <exception cref="ArgumentException">An option is out of range (no baseline, no cases, no property …).</exception>
    public static RuleSetCheckResult Check(RuleSet ruleSet, RuleSetCheckOptions options)
    {
        var result = Run(ruleSet, options);
        return result.Passed ? result : throw new RuleSetPropertyException(result);
    }

    /// <summary>Checks every chosen property and returns each one's outcome, for tools; never throws for a failing property.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="options">The baseline facts and the check's settings.</param>
    /// <returns>Every property's outcome and the readable report.</returns>
    /// <exception cref="ArgumentException">An option is out of range (no baseline, no cases, no property …).</exception>
    public static RuleSetCheckResult Run(RuleSet ruleSet, RuleSetCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var seed = options.Seed ?? (ulong)Random.Shared.NextInt64(1, long.MaxValue);
        var context = new CheckContext(ruleSet, options);
        var outcomes = new List<PropertyOutcome>();

        var cases = VariationGenerator.Arbitrary(context.Baseline, context.AllProbes);
        foreach (var (property, check) in CaseProperties(context))
        {
            if (options.Properties.HasFlag(property))
            {
                outcomes.Add(Outcome(context, property, null, cases, options.Cases, $"{options.Cases} cases", seed, v => check(context.Case(v))));
            }
        }

        var sweepVariations = VariationGenerator.Arbitrary(context.Baseline, []);
        foreach (var (property, check) in SweepProperties)
        {
            if (!options.Properties.HasFlag(property))
            {
                continue;
            }

            foreach (var metric in context.Metrics)
            {
                var coverage = $"{options.BoundaryVariations} variation(s) × {context.Probes(metric).Count} probes";
                var outcome = Outcome(context, property, metric.Indicator.Code, sweepVariations, options.BoundaryVariations, coverage, seed, v => SweepCheck.Confirmed(context, v, metric, check));
                outcomes.Add(context.Exercised(metric) ? outcome : NotExercised(outcome, metric, context.Probes(metric).Count, options.RequireEveryMetricExercised));
            }
        }

        var metrics = context.Metrics.Select(m => m.Indicator.Code).ToList();
        return new RuleSetCheckResult
        {
            RuleSetId = ruleSet.Id,
            RuleSetVersion = ruleSet.Version,
            Seed = seed,
            Outcomes = outcomes,
            MetricIndicators = metrics,
            Report = CheckReport.Write(ruleSet, options, seed, outcomes, metrics, context.CaseStatistics(), context.SweepStatistics()),
        };
    }

    private static IEnumerable<(RuleSetProperty, Func<EvaluatedCase, Violation?>)> CaseProperties(CheckContext context)
    {
        // An evaluation that throws is ScoresWithinWeights' finding; the others report it only when that one is not checked.
        var reportThrown = !context.Options.Properties.HasFlag(RuleSetProperty.ScoresWithinWeights);
        return
        [
            (RuleSetProperty.ScoresWithinWeights, ScoresWithinWeights.Check),
            (RuleSetProperty.DeductionsReconcile, c => DeductionsReconcile.Check(context.RuleSet, c, reportThrown)),
            (RuleSetProperty.RoundingHalfAwayFromZero, c => RoundingHalfAwayFromZero.Check(context.Metrics, c, reportThrown)),
            (RuleSetProperty.InsertionOrderInvariant, InsertionOrderInvariant.Check),
            (RuleSetProperty.JsonRoundTrip, c => JsonRoundTrip.Check(c, reportThrown)),
        ];
    }

    private static PropertyOutcome NotExercised(PropertyOutcome outcome, IMetricIndicator metric, int probes, bool required)
    {
        var why = $"not exercised: {metric.Indicator.Code}'s Adjust reached none of its {probes} probes from the baseline or any variation of it";
        return outcome with
        {
            Exercised = false,
            Passed = !required,
            Coverage = why,
            Failure = required ? $"{metric.Indicator.Code} {metric.Indicator.Name.Chinese}: {why}. Give a baseline that holds the facts it reads (a nonzero denominator), or fix Adjust." : null,
            Case = required ? "every variation" : null,
        };
    }

    private static PropertyOutcome Outcome(
        CheckContext context,
        RuleSetProperty property,
        string? indicatorCode,
        Arbitrary<Variation> variations,
        int tests,
        string coverage,
        ulong seed,
        Func<Variation, Violation?> check)
    {
        var (passed, run, shrinks, failing, violation) = PropertyRun.Run(variations, v => VariationGenerator.Shrink(context.Baseline, v), tests, seed, check);
        if (passed)
        {
            return new PropertyOutcome { Property = property, IndicatorCode = indicatorCode, Passed = true, Tests = run, Coverage = coverage };
        }

        var change = violation?.Change is { } c ? $"; then {c}" : "";
        return new PropertyOutcome
        {
            Property = property,
            IndicatorCode = indicatorCode,
            Passed = false,
            Tests = run,
            Coverage = coverage,
            Shrinks = shrinks,
            Failure = violation?.Message ?? "The property failed.",
            Case = (failing?.Describe(context.Baseline.Facts) ?? "unknown") + change,
            Facts = violation?.Facts ?? [],
            Explanation = violation?.Card is { } card ? ScorecardExplainer.Explain(card, violation.IndicatorCodes, context.Options.ExplanationLanguage) : null,
        };
    }
}
