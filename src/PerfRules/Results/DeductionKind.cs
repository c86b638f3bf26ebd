namespace PerfRules.Results;

/// <summary>Whether a deduction (扣分) was computed from figures by a rule or judged by an evaluator.</summary>
public enum DeductionKind
{
    /// <summary>Computed by a rule from the facts' figures (a band, a step, a ratio, a deadline).</summary>
    Computed = 0,

    /// <summary>Judged by an evaluator (酌情扣分) and recorded as a finding with its evidence.</summary>
    Judged = 1,
}
