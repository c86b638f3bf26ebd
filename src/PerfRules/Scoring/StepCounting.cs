namespace PerfRules.Scoring;

/// <summary>
/// How a <see cref="StepScale"/> counts steps beyond its threshold. Criteria differ, and "每增加5%（含）扣0.5分" reads
/// as <see cref="EveryCompletedStep"/>: reaching 5% deducts, 4.99% does not.
/// </summary>
public enum StepCounting
{
    /// <summary>Only completed steps count: with 5% steps, 4.99% over counts 0 steps, 5% counts 1, 9.99% counts 1.</summary>
    EveryCompletedStep = 0,

    /// <summary>Every started step counts, a partial step as a whole one: with 5% steps, 0.01% over counts 1, 5% counts 1, 5.01% counts 2.</summary>
    EveryStartedStep = 1,
}
