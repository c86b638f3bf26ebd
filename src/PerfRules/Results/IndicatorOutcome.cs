namespace PerfRules.Results;

/// <summary>What became of an indicator when it was scored.</summary>
public enum IndicatorOutcome
{
    /// <summary>The indicator was scored.</summary>
    Scored = 0,

    /// <summary>The indicator does not apply to this department (不适用); its points are reallocated or left out of the conversion.</summary>
    NotApplicable = 1,

    /// <summary>A fact the indicator needs is missing, so it was not scored.</summary>
    MissingData = 2,

    /// <summary>The facts cannot be right (a publication before its approval, a zero denominator …), so it was not scored.</summary>
    Error = 3,
}
