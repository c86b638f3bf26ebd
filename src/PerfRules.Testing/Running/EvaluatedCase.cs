using PerfRules.Testing.Variations;

namespace PerfRules.Testing.Running;

/// <summary>A test case of the scorecard properties: a variation, its facts and their evaluation, and (on demand) the same facts evaluated in a shuffled order.</summary>
internal sealed class EvaluatedCase(Variation variation, VariedFacts varied, ScoredFacts evaluation, Func<ScoredFacts> shuffled)
{
    private readonly Lazy<ScoredFacts> _shuffled = new(shuffled);

    public Variation Variation { get; } = variation;

    public VariedFacts Varied { get; } = varied;

    public ScoredFacts Evaluation { get; } = evaluation;

    /// <summary>The same facts inserted in the variation's shuffled order.</summary>
    public ScoredFacts Shuffled => _shuffled.Value;
}
