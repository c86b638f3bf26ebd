using PerfRules.Engine;

namespace PerfRules.Benchmarks.Engine;

/// <summary>
/// One of many rules of the same shape: it fires for every A fact whose value is above its threshold. Each instance
/// has its own name and threshold, so a repository of them holds that many distinct conditions, none shareable.
/// </summary>
internal sealed class ThresholdRule(int index, double threshold) : Rule
{
    private readonly double _threshold = threshold;

    public override string Name => $"Threshold rule {index}";

    /// <summary>The value a fact must exceed for the rule to fire.</summary>
    public double Threshold => _threshold;

    /// <summary>Makes <paramref name="count"/> rules whose thresholds spread evenly over [0, 100), the benchmarks' fact values.</summary>
    public static ThresholdRule[] Many(int count) =>
        Enumerable.Range(0, count).Select(i => new ThresholdRule(i, i * 100.0 / count)).ToArray();

    public override void Define()
    {
        // Copied to a local so the condition captures the value, as a rule author's closure would.
        var threshold = _threshold;
        FactA a = null!;
        When()
            .Match(() => a, x => x.Value > threshold);
        Then()
            .Do(ctx => RuleActions.Nothing());
    }
}
