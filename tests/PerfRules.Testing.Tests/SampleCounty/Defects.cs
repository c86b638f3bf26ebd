namespace PerfRules.Testing.Tests.SampleCounty;

/// <summary>Mistakes planted in the sample county's rule set, each one a kind published tables or their rules get wrong.</summary>
[Flags]
public enum Defects
{
    None = 0,

    /// <summary>1.1's bands leave out [80%, 90%): an open band, as in a table that forgets a row.</summary>
    GapInCompletionBands = 1,

    /// <summary>1.2 declares "≤ 10% → 3" but its code tests "&lt; 10%": the bound 10% itself scores 2.</summary>
    CarryOverBoundExclusive = 2,

    /// <summary>1.3 rounds the rate to whole percents before classifying it: 94.9999% scores as 95%.</summary>
    RoundsUtilisationRate = 4,

    /// <summary>1.3's bands give more below 95% than above it although higher is better.</summary>
    NonMonotoneUtilisationBands = 8,

    /// <summary>1.1 rescales its points with .NET's default rounding (half to even): 1 × 4.5/4 = 1.125 gives 1.12.</summary>
    BankersRounding = 16,

    /// <summary>2.2 deducts findings without flooring the score at 0: too many findings make a negative score.</summary>
    UnflooredFindings = 32,

    /// <summary>2.2 writes its note listing findings in the order they were inserted.</summary>
    FindingsInInsertionOrder = 64,

    /// <summary>2.1 takes 2 points for overspent operating expenses without a deduction saying so.</summary>
    DeductionMissing = 128,

    /// <summary>1.1 declares its domain [0, 100%] but scores a rate above 100% as 4 instead of rejecting it.</summary>
    ScoresAboveDomain = 256,

    /// <summary>1.3's Adjust throws for a rate above 100% instead of saying it cannot reach it.</summary>
    AdjustThrows = 512,
}
