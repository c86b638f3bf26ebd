namespace PerfRules.Scoring;

/// <summary>
/// Thrown when a ratio's denominator is zero, so the ratio, and the score that depends on it, does not exist.
/// It is never scored as zero: the indicator is an error until the figures are corrected or the rule set says what
/// a zero denominator means.
/// </summary>
public sealed class ZeroDenominatorException : ArithmeticException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="what">What was being computed, e.g. "政府采购执行率".</param>
    public ZeroDenominatorException(decimal numerator, string what)
        : base($"Cannot compute {what}: the denominator is 0 (numerator {numerator}).")
    {
        Numerator = numerator;
        What = what;
    }

    /// <summary>The numerator.</summary>
    public decimal Numerator { get; }

    /// <summary>What was being computed.</summary>
    public string What { get; }
}
