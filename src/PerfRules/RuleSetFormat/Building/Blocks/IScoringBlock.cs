using PerfRules.RuleSetFormat.Formulas;

namespace PerfRules.RuleSetFormat.Building.Blocks;

/// <summary>A compiled scoring block: scores the facts out of the points it was built for.</summary>
/// <remarks>Implementations are immutable and thread-safe: one block serves every session.</remarks>
internal interface IScoringBlock
{
    /// <summary>The points the block scores out of.</summary>
    decimal Points { get; }

    /// <summary>Every formula the block evaluates, for the fact types the indicator must collect.</summary>
    IEnumerable<Formula> Formulas { get; }

    /// <summary>The fact types the block reads beyond its formulas, restricted to the indicator's own code (ChecklistAnswer, EvaluatorFinding).</summary>
    IEnumerable<Type> OwnCodeFacts { get; }

    /// <summary>Scores the facts.</summary>
    BlockOutcome Score(BlockContext context);
}
