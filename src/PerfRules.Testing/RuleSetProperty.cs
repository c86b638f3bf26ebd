namespace PerfRules.Testing;

/// <summary>The ready-made properties <see cref="RuleSetProperties"/> checks; combine them with <c>|</c>.</summary>
[Flags]
public enum RuleSetProperty
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Every indicator's score lies in [0, its effective weight]; the total lies in [0, the maximum]; the evaluation never throws.</summary>
    ScoresWithinWeights = 1,

    /// <summary>Every scored leaf's deductions add up to its effective weight minus its score; each group is the sum of its children; the reconciliation balances.</summary>
    DeductionsReconcile = 2,

    /// <summary>At each bound, exactly on it and just beside it, the rule scores what the declared band or step (inclusive or exclusive as declared) gives.</summary>
    BoundsAsDeclared = 4,

    /// <summary>Every metric value in the scale's domain, between bounds and beyond the outermost ones, lies in exactly one band and is scored.</summary>
    EveryValueInOneBand = 8,

    /// <summary>A metric whose scale says higher (or lower) is better never loses points as it improves.</summary>
    Monotone = 16,

    /// <summary>Inserting the facts in any order gives the identical scorecard.</summary>
    InsertionOrderInvariant = 32,

    /// <summary>A scorecard written to JSON and read back is identical, and writes the identical JSON.</summary>
    JsonRoundTrip = 64,

    /// <summary>Scores keep two decimals and are rounded half away from zero (四舍五入), never half to even.</summary>
    RoundingHalfAwayFromZero = 128,

    /// <summary>Every property.</summary>
    All = ScoresWithinWeights | DeductionsReconcile | BoundsAsDeclared | EveryValueInOneBand | Monotone | InsertionOrderInvariant | JsonRoundTrip | RoundingHalfAwayFromZero,
}
