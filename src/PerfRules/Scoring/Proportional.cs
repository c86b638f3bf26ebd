namespace PerfRules.Scoring;

/// <summary>
/// Scores in proportion (按比例计分): points × numerator / denominator, e.g. 政府采购执行率 = 2 × actual / plan, and the
/// averaged form used for 重点工作完成效率: (a/100 + b/100) / 2 × 5.
/// </summary>
/// <remarks>
/// <para>A numerator above the denominator follows <see cref="WhenExceeded"/>, which the author must choose. That
/// check comes first, so with <see cref="ExcessPolicy.ScoreZero"/> a plan of 0 against an actual of 219686 scores 0,
/// as the Suixi report does. A denominator of 0 otherwise (0 / 0, or <see cref="ExcessPolicy.CapAtFull"/>) has no
/// ratio and throws <see cref="ZeroDenominatorException"/>: it is never silently 0.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Proportional
{
    /// <summary>Creates the scoring.</summary>
    /// <param name="points">The points available, not negative.</param>
    /// <param name="whenExceeded">What a numerator above the denominator scores.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative or the policy unknown.</exception>
    public Proportional(decimal points, ExcessPolicy whenExceeded)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(points);
        // Named rather than Enum.IsDefined, whose first call per enum is slow in a process that has just started.
        if (whenExceeded is not (ExcessPolicy.CapAtFull or ExcessPolicy.ScoreZero))
        {
            throw new ArgumentOutOfRangeException(nameof(whenExceeded), whenExceeded, "Unknown excess policy.");
        }

        Points = points;
        WhenExceeded = whenExceeded;
    }

    /// <summary>The points available.</summary>
    public decimal Points { get; }

    /// <summary>What a numerator above the denominator scores.</summary>
    public ExcessPolicy WhenExceeded { get; }

    /// <summary>Scores points × <paramref name="numerator"/> / <paramref name="denominator"/>.</summary>
    /// <param name="numerator">The numerator (e.g. actual procurement), not negative.</param>
    /// <param name="denominator">The denominator (e.g. planned procurement), not negative.</param>
    /// <returns>The ratio and the score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative.</exception>
    /// <exception cref="ZeroDenominatorException">The denominator is 0 and the excess policy does not settle the score.</exception>
    public ProportionalResult Apply(decimal numerator, decimal denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegative(denominator);
        var exceeded = numerator > denominator;
        if (exceeded && WhenExceeded == ExcessPolicy.ScoreZero)
        {
            return new ProportionalResult(Points, numerator, denominator, denominator == 0m ? null : numerator / denominator, true, 0m);
        }

        if (denominator == 0m)
        {
            throw new ZeroDenominatorException(numerator, "a proportional score");
        }

        var ratio = numerator / denominator;
        return new ProportionalResult(Points, numerator, denominator, ratio, exceeded, Points * Math.Min(ratio, 1m));
    }

    /// <summary>
    /// Scores the mean of several results out of <paramref name="fullMark"/>, times the points:
    /// (85/100 + 87.5/100) / 2 × 5 = 4.3125 → 4.31.
    /// </summary>
    /// <param name="fullMark">The full mark the results are out of, e.g. 100; positive.</param>
    /// <param name="results">The results, at least one, each between 0 and <paramref name="fullMark"/>.</param>
    /// <returns>The ratios, their mean and the score.</returns>
    /// <exception cref="ArgumentException">There is no result, or one is outside 0 to the full mark.</exception>
    public AverageResult ApplyAverage(decimal fullMark, params IEnumerable<decimal> results)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fullMark);
        ArgumentNullException.ThrowIfNull(results);
        var values = results.ToArray();
        if (values.Length == 0)
        {
            throw new ArgumentException("An averaged score needs at least one result.", nameof(results));
        }

        foreach (var value in values)
        {
            if (value < 0m || value > fullMark)
            {
                throw new ArgumentException($"The result {value} is outside 0 to the full mark {fullMark}.", nameof(results));
            }
        }

        // One loop, summed from 0 in order as Enumerable.Sum sums: the same decimal, without a lambda and an iterator per call.
        var ratios = new decimal[values.Length];
        var sum = 0m;
        for (var i = 0; i < values.Length; i++)
        {
            ratios[i] = values[i] / fullMark;
            sum += ratios[i];
        }

        var mean = sum / ratios.Length;
        return new AverageResult(Points, fullMark, values, ratios, mean, Points * mean);
    }
}
