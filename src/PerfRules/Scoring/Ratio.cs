namespace PerfRules.Scoring;

/// <summary>Divides for a rate (比率) and refuses a zero denominator, which has no rate, instead of calling it 0.</summary>
/// <remarks>Thread-safe.</remarks>
public static class Ratio
{
    /// <summary>Returns <paramref name="numerator"/> / <paramref name="denominator"/>, exact.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator, not 0.</param>
    /// <param name="what">What is computed, for the error message, e.g. "支出完成率".</param>
    /// <returns>The ratio (0.5 means 50%).</returns>
    /// <exception cref="ZeroDenominatorException"><paramref name="denominator"/> is 0.</exception>
    public static decimal Of(decimal numerator, decimal denominator, string what) =>
        denominator == 0m ? throw new ZeroDenominatorException(numerator, what) : numerator / denominator;
}
