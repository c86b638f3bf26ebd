namespace PerfRules.RuleSetFormat;

/// <summary>Which check of <see cref="RuleSetLinter"/> made a <see cref="LintFinding"/>.</summary>
public enum LintFindingKind
{
    /// <summary>
    /// A problem <see cref="RuleSetJson.Validate(string, string?, RuleSetLoadOptions?)"/> reports: weights that do not add
    /// up to their parent, a reallocation to an unknown indicator, a formula that reads an unknown field, a bad shape.
    /// </summary>
    Validation = 0,

    /// <summary>Values of the metric's domain that fall in no band (分档遗漏), with an example value.</summary>
    BandGap = 1,

    /// <summary>Values that fall in two bands (分档重叠), with an example value.</summary>
    BandOverlap = 2,

    /// <summary>A band that lies wholly outside the metric's domain, so no value ever hits it.</summary>
    UnreachableBand = 3,

    /// <summary>A steps block whose deductions cannot take all the points within the metric's domain.</summary>
    StepsNeverReachZero = 4,

    /// <summary>A steps block whose points are not a multiple of the points per step: the last step deducts only the rest.</summary>
    UnevenLastStep = 5,

    /// <summary>A leaf indicator without criteria text (评分标准).</summary>
    MissingCriteria = 6,
}
