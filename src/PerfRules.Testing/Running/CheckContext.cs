using PerfRules.Evaluation;
using PerfRules.Testing.Boundaries;
using PerfRules.Testing.Variations;

namespace PerfRules.Testing.Running;

/// <summary>
/// Everything one check of a rule set shares: the compiled evaluator, the baseline, the probes, and the cases and sweeps
/// already evaluated (every property draws the same cases from the same seed, so each case is evaluated once).
/// </summary>
/// <remarks>Not thread-safe: one check runs on one thread.</remarks>
internal sealed class CheckContext
{
    private readonly Dictionary<string, EvaluatedCase> _cases = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Variation, string Indicator, bool Fresh), MetricSweep> _sweeps = [];
    private readonly Dictionary<string, IReadOnlyList<BoundaryProbe>> _probes = new(StringComparer.Ordinal);

    public CheckContext(RuleSet ruleSet, RuleSetCheckOptions options)
    {
        RuleSet = ruleSet;
        Options = options;
        Evaluator = new ScorecardEvaluator(ruleSet, options.Evaluation);
        Metrics = BoundaryGenerators.MetricIndicators(ruleSet);
        foreach (var metric in Metrics)
        {
            _probes[metric.Indicator.Code] = BoundaryGenerators.Probes(metric, options.Epsilon);
        }

        Baseline = new Baseline(options.Baseline, Metrics);
    }

    public RuleSet RuleSet { get; }

    public RuleSetCheckOptions Options { get; }

    public ScorecardEvaluator Evaluator { get; }

    public IReadOnlyList<IMetricIndicator> Metrics { get; }

    public Baseline Baseline { get; }

    /// <summary>Every probe of every metric indicator.</summary>
    public IReadOnlyList<BoundaryProbe> AllProbes => [.. Metrics.SelectMany(m => _probes[m.Indicator.Code])];

    /// <summary>The probes of one metric indicator.</summary>
    public IReadOnlyList<BoundaryProbe> Probes(IMetricIndicator metric) => _probes[metric.Indicator.Code];

    /// <summary>A case of the scorecard properties, evaluated once.</summary>
    public EvaluatedCase Case(Variation variation)
    {
        if (!_cases.TryGetValue(variation.Key, out var evaluated))
        {
            var varied = Baseline.Apply(variation);
            evaluated = new EvaluatedCase(variation, varied, Evaluate(varied.Facts), () => Evaluate(Shuffle(varied.Facts, variation.ShuffleSeed)));
            _cases[variation.Key] = evaluated;
        }

        return evaluated;
    }

    /// <summary>
    /// A sweep of one metric across all its probes from one variation (its own probe, if any, is ignored), evaluated
    /// once. The probes are scored in a live what-if session, which re-fires only the rules whose facts changed;
    /// <paramref name="fresh"/> scores each from scratch instead, to confirm what a session found.
    /// </summary>
    public MetricSweep Sweep(Variation variation, IMetricIndicator metric, bool fresh = false)
    {
        var key = (variation.Key, metric.Indicator.Code, fresh);
        if (!_sweeps.TryGetValue(key, out var sweep))
        {
            var facts = Baseline.Apply(variation.With(withoutProbe: true)).Facts;
            var live = fresh ? null : new LiveSession(Evaluator, facts);
            var outcomes = Probes(metric).Select(probe => Probe(metric, probe, facts, live)).ToList();
            sweep = new MetricSweep(variation, metric, outcomes);
            _sweeps[key] = sweep;
        }

        return sweep;
    }

    /// <summary>How the cases drawn so far came out: how many, how many scored completely, how many threw.</summary>
    public (int Cases, int Complete, int Threw) CaseStatistics() =>
        (_cases.Count, _cases.Values.Count(c => c.Evaluation.Card?.IsComplete == true), _cases.Values.Count(c => c.Evaluation.Error is not null));

    /// <summary>How the sweeps so far came out: probes tried, and probes reached (the facts could be moved to them).</summary>
    public (int Probes, int Reached) SweepStatistics() =>
        (_sweeps.Where(s => !s.Key.Fresh).Sum(s => s.Value.Probes.Count), _sweeps.Where(s => !s.Key.Fresh).Sum(s => s.Value.Probes.Count(p => p.Reached)));

    private ProbeOutcome Probe(IMetricIndicator metric, BoundaryProbe probe, IReadOnlyList<object> facts, LiveSession? live)
    {
        MetricAdjustment? adjustment;
        try
        {
            adjustment = probe.Apply(metric, facts);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new ProbeOutcome(probe, null, null) { AdjustError = exception };
        }

        return adjustment is null
            ? new ProbeOutcome(probe, null, null)
            : new ProbeOutcome(probe, adjustment, live?.Score(adjustment.Facts) ?? Evaluate(adjustment.Facts));
    }

    /// <summary>Whether any sweep of <paramref name="metric"/> so far reached at least one probe.</summary>
    public bool Exercised(IMetricIndicator metric) =>
        _sweeps.Any(s => s.Key.Indicator == metric.Indicator.Code && s.Value.Probes.Any(p => p.Reached));

    /// <summary>Evaluates facts; an exception is kept, not thrown, so the properties can report it.</summary>
    public ScoredFacts Evaluate(IReadOnlyList<object> facts)
    {
        try
        {
            return new ScoredFacts(facts, Evaluator.Evaluate(facts), null);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new ScoredFacts(facts, null, exception);
        }
    }

    private static IReadOnlyList<object> Shuffle(IReadOnlyList<object> facts, int seed)
    {
        var random = new Random(seed);
        var shuffled = facts.ToArray();
        random.Shuffle(shuffled);

        // A shuffle that happens to keep the order checks nothing: reverse instead.
        return shuffled.Length > 1 && shuffled.SequenceEqual(facts) ? [.. facts.Reverse()] : shuffled;
    }
}
